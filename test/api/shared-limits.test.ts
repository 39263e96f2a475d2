import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { type MessagePort, PrimaryLimits, WorkerLimits } from '../../src/node/shared-limits.js';

/** Two ends of an in-memory IPC channel, delivering asynchronously as process.send does. */
function channel(): [MessagePort, MessagePort] {
  const a = new EventEmitter();
  const b = new EventEmitter();
  const end = (self: EventEmitter, other: EventEmitter): MessagePort => ({
    send: (m) => setImmediate(() => other.emit('message', structuredClone(m))),
    on: (event, listener) => self.on(event, listener),
  });
  return [end(a, b), end(b, a)];
}

describe('limits shared through the primary process', () => {
  it('count one window for all workers and space provider slots across them', async () => {
    let now = 1_000_000;
    const primary = new PrimaryLimits(() => now);
    const workers = [0, 1].map(() => {
      const [primarySide, workerSide] = channel();
      primary.serve(primarySide);
      return new WorkerLimits(workerSide);
    });
    const [w0, w1] = workers as [WorkerLimits, WorkerLimits];
    expect((await w0.windows.add('requests:k', 1, 60_000)).count).toBe(1);
    expect((await w1.windows.add('requests:k', 1, 60_000)).count).toBe(2);
    // Reading (0) does not count; another scope is apart.
    expect((await w1.windows.add('requests:k', 0, 60_000)).count).toBe(2);
    expect((await w0.windows.add('auth-failure:k', 1, 60_000)).count).toBe(1);
    now += 60_000;
    expect(await w0.windows.add('requests:k', 1, 60_000)).toEqual({ start: now, count: 1 });

    // 10/s: slots 100 ms apart whichever worker asks.
    const waits = [
      await w0.pacer.reserve('sms', 100),
      await w1.pacer.reserve('sms', 100),
      await w0.pacer.reserve('sms', 100),
      await w1.pacer.reserve('call', 100),
    ];
    expect(waits).toEqual([0, 100, 200, 0]);
  });
});
