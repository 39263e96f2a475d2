import { MemoryWindowCounts, type WindowCounts } from './window-counts.js';

/** Why the numbers: a person mistyping a key fails a few times a minute; a key-guessing script fails thousands. */
export const AUTH_FAILURE_WINDOW_MS = 60_000;

/**
 * Counts failed authentications per client address in a fixed one-minute window; past the limit the
 * address is refused (429) until its window ends, whatever key it sends, so guessing keys is slow.
 * The counts may be shared by every process of the service (`WindowCounts`).
 * @example const f = new AuthFailures(20, Date.now); if ((await f.retryAfter(ip)) > 0) refuse();
 */
export class AuthFailures {
  private readonly counts: WindowCounts;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
    counts?: WindowCounts,
  ) {
    this.counts = counts ?? new MemoryWindowCounts(now);
  }

  /** Seconds the address must wait before authenticating again; 0 when it may try now. */
  async retryAfter(address: string): Promise<number> {
    const w = await this.counts.add(`auth-failure:${address}`, 0, AUTH_FAILURE_WINDOW_MS);
    if (w.count < this.perMinute) return 0;
    return Math.max(1, Math.ceil((w.start + AUTH_FAILURE_WINDOW_MS - this.now()) / 1000));
  }

  /** Records one failed authentication from the address. */
  async fail(address: string): Promise<void> {
    await this.counts.add(`auth-failure:${address}`, 1, AUTH_FAILURE_WINDOW_MS);
  }
}
