/** Why the numbers: a person mistyping a key fails a few times a minute; a key-guessing script fails thousands. */
export const AUTH_FAILURE_WINDOW_MS = 60_000;
/** Addresses remembered at once; beyond it the oldest window is forgotten so memory stays bounded. */
const MAX_ADDRESSES = 10_000;

interface Window {
  start: number;
  failures: number;
}

/**
 * Counts failed authentications per client address in a fixed one-minute window; past the limit the
 * address is refused (429) until its window ends, whatever key it sends, so guessing keys is slow.
 * @example const f = new AuthFailures(20, Date.now); if (f.retryAfter(ip) > 0) refuse();
 */
export class AuthFailures {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  /** Seconds the address must wait before authenticating again; 0 when it may try now. */
  retryAfter(address: string): number {
    const w = this.windows.get(address);
    if (!w) return 0;
    const t = this.now();
    if (t - w.start >= AUTH_FAILURE_WINDOW_MS) {
      this.windows.delete(address);
      return 0;
    }
    if (w.failures < this.perMinute) return 0;
    return Math.max(1, Math.ceil((w.start + AUTH_FAILURE_WINDOW_MS - t) / 1000));
  }

  /** Records one failed authentication from the address. */
  fail(address: string): void {
    const t = this.now();
    let w = this.windows.get(address);
    if (!w || t - w.start >= AUTH_FAILURE_WINDOW_MS) {
      this.windows.delete(address);
      if (this.windows.size >= MAX_ADDRESSES) {
        const oldest = this.windows.keys().next().value;
        if (oldest !== undefined) this.windows.delete(oldest);
      }
      w = { start: t, failures: 0 };
      this.windows.set(address, w);
    }
    w.failures++;
  }
}
