import { describe, expect, it } from 'vitest';
import { DispatchRelay } from '../../src/app/dispatch/dispatch-relay.js';
import type { Dispatcher, Outgoing } from '../../src/app/dispatch/dispatcher.js';
import type { DispatchRecord } from '../../src/domain/model/index.js';
import { silentLog } from '../../src/log/log.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

const AT = '2026-03-10T02:00:00.000Z';
const queued = (id: string): DispatchRecord => ({
  id,
  attemptId: `a-${id}`,
  channel: 'sms',
  to: { kind: 'phone', value: '+8613800138000' },
  message: 'hello',
  provider: 'webhook',
  status: 'queued',
  tries: 0,
  createdAt: AT,
  updatedAt: AT,
});

function scripted(
  send: (
    o: Outgoing,
  ) => Promise<{ ok: true; tries: number } | { ok: false; tries: number; error: string }>,
): Dispatcher & { calls: Outgoing[] } {
  const calls: Outgoing[] = [];
  return {
    calls,
    providerFor: () => 'webhook',
    handedOverOnCommit: () => false,
    send: (o) => {
      calls.push(o);
      return send(o);
    },
  };
}

describe('DispatchRelay', () => {
  it('a dispatcher that throws only fails the dispatch', async () => {
    const store = await openSqliteStore(':memory:');
    await store.enqueueDispatch(queued('d1'));
    const relay = new DispatchRelay({
      store,
      dispatcher: scripted(async () => Promise.reject(new Error('boom'))),
      clock: () => new Date(AT),
      log: silentLog,
    });
    await expect(relay.deliver(queued('d1'))).resolves.toEqual({
      id: 'd1',
      status: 'failed',
      provider: 'webhook',
      tries: 1,
      lastError: 'dispatcher error',
    });
    expect(await store.listOutbox({ status: 'failed' })).toEqual([
      expect.objectContaining({ id: 'd1', tries: 1, lastError: 'dispatcher error' }),
    ]);
  });

  it('hands over records left queued and waits for them with idle()', async () => {
    const store = await openSqliteStore(':memory:');
    for (const id of ['d1', 'd2']) await store.enqueueDispatch(queued(id));
    const provider = scripted(async () => ({ ok: true, tries: 1 }));
    const relay = new DispatchRelay({
      store,
      dispatcher: provider,
      clock: () => new Date(AT),
      log: silentLog,
    });
    expect(await relay.resumeQueued()).toBe(2);
    await relay.idle();
    expect(provider.calls.map((c) => [c.dispatchId, c.message])).toEqual([
      ['d1', 'hello'],
      ['d2', 'hello'],
    ]);
    expect(await store.listOutbox({ status: 'sent' })).toHaveLength(2);
    expect(await store.listOutbox({ status: 'queued' })).toHaveLength(0);
  });
});
