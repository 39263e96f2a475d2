/** A fixed window's state after a count was added to it. */
export interface WindowState {
  /** When the window opened (ms since the epoch). */
  start: number;
  /** What was counted in it so far, this addition included. */
  count: number;
}

/**
 * Counts per key in fixed windows: the API's per-key request limit and the failed-auth slow-down.
 * In one process a map (`MemoryWindowCounts`); under `serve --workers N` the primary process
 * holds the map and every worker asks it, so a limit holds for the whole service, not N times.
 */
export interface WindowCounts {
  /** Adds `n` (0 only reads) to `key`'s window of `windowMs`, opening a new one when none is open. */
  add(key: string, n: number, windowMs: number): Promise<WindowState>;
}

/** Keys remembered at once; beyond it the oldest window is forgotten so memory stays bounded. */
const MAX_KEYS = 10_000;

/**
 * Fixed windows kept in this process's memory.
 * @example const counts = new MemoryWindowCounts(Date.now); await counts.add('collector…ab12', 1, 60_000)
 */
export class MemoryWindowCounts implements WindowCounts {
  private readonly windows = new Map<string, WindowState>();

  constructor(private readonly now: () => number) {}

  /** Synchronous form of `add`, for the process that holds the windows. */
  addNow(key: string, n: number, windowMs: number): WindowState {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t - w.start >= windowMs) {
      this.windows.delete(key);
      if (n === 0) return { start: t, count: 0 };
      if (this.windows.size >= MAX_KEYS) {
        const oldest = this.windows.keys().next().value;
        if (oldest !== undefined) this.windows.delete(oldest);
      }
      w = { start: t, count: 0 };
      this.windows.set(key, w);
    }
    w.count += n;
    return { start: w.start, count: w.count };
  }

  async add(key: string, n: number, windowMs: number): Promise<WindowState> {
    return this.addNow(key, n, windowMs);
  }
}
