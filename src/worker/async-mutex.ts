/**
 * A FIFO async lock: callers run one at a time in the order they asked. Within one Workers
 * isolate this serialises D1 "transactions", whose bodies are async and would otherwise interleave.
 * @example const release = await mutex.acquire(); try { … } finally { release(); }
 */
export class AsyncMutex {
  private tail: Promise<void> = Promise.resolve();

  /** Waits for the lock; the returned function releases it (calling it twice is harmless). */
  async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.tail;
    this.tail = previous.then(() => next);
    await previous;
    return release;
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
