/**
 * A FIFO async lock: callers run one at a time in the order they asked. One SQLite connection
 * (better-sqlite3 on Node, D1 in a Workers isolate) runs statements one by one, but a transaction's
 * body is async: without this lock two callers' statements would interleave and a check-then-insert
 * could race.
 * @example const release = await mutex.acquire(); try { … } finally { release(); }
 */
export class AsyncMutex {
  private tail: Promise<void> = Promise.resolve();
  private held = false;

  /** True while someone holds the lock. */
  get locked(): boolean {
    return this.held;
  }

  /** Waits for the lock; the returned function releases it (calling it twice is harmless). */
  async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.tail;
    this.tail = previous.then(() => next);
    await previous;
    this.held = true;
    return () => {
      this.held = false;
      release();
    };
  }

  /** Runs `fn` while holding the lock. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
