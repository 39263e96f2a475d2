import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestReads } from '../../src/app/request-reads.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { seed } from './seed-store.js';

const AT = '2026-11-23T10:00:00.000Z';

/** The store with a count of the calls that reached it, per method. */
function counted(store: GraphStore): { store: GraphStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

describe("one answer's view of the store", () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await seed(store);
  });
  afterEach(async () => {
    await store.close();
  });

  it('reads the same thing once and answers every asker with what the store answered', async () => {
    const { store: inner, calls } = counted(store);
    const reads = requestReads(inner);
    const [a, b] = await Promise.all([reads.neighbourhood('D1', 1), reads.neighbourhood('D1', 1)]);
    expect(a).toEqual(await store.neighbourhood('D1', 1));
    expect(b).toBe(a);
    await reads.neighbourhood('D1', 2);
    await reads.getPerson('D1');
    await reads.getPerson('D1');
    // The same filter in another key order is the same read; another window is another.
    await reads.listAttempts({ accountId: 'A1', to: AT });
    await reads.listAttempts({ to: AT, accountId: 'A1' });
    await reads.listAttempts({ accountId: 'A1', from: AT });
    expect(Object.fromEntries(calls)).toEqual({ neighbourhood: 2, getPerson: 1, listAttempts: 2 });
  });

  it('reads ahead in batches only what is not kept, then answers the single reads from them', async () => {
    const { store: inner, calls } = counted(store);
    const reads = requestReads(inner);
    const phone = { kind: 'phone' as const, value: '+8613800000001' };
    const email = { kind: 'email' as const, value: 'nobody@example.com' };
    await reads.sharedIdentifiers(phone);
    const [a, b] = await reads.sharedIdentifiersOf!([phone, email]);
    expect(a).toEqual(await store.sharedIdentifiers(phone));
    expect(b).toEqual(await store.sharedIdentifiers(email));
    expect(await reads.sharedIdentifiers(email)).toBe(b);
    // The debtor's 1-hop neighbourhood is the first hop of the 2-hop one: no read of its own.
    await reads.neighbourhood('D1', 2);
    const [near, other] = await reads.neighbourhoodsOf!(['D1', 'nobody']);
    expect(near).toEqual(await store.neighbourhood('D1', 1));
    expect(other).toEqual({ nodes: [], edges: [] });
    expect(await reads.neighbourhood('D1', 1)).toBe(near);
    expect(await reads.neighbourhood('nobody', 1)).toBe(other);
    expect(Object.fromEntries(calls)).toEqual({
      sharedIdentifiers: 1,
      sharedIdentifiersOf: 1,
      neighbourhood: 1,
      neighbourhoodsOf: 1,
    });
    expect(inner.neighbourhoodsOf).toBeDefined();
  });

  it('does not keep a failed read, and passes writes and other calls through', async () => {
    const { store: inner, calls } = counted(store);
    const reads = requestReads(inner);
    await expect(reads.neighbourhood('D1', 9)).rejects.toThrow(RangeError);
    await expect(reads.neighbourhood('D1', 9)).rejects.toThrow(RangeError);
    expect(calls.get('neighbourhood')).toBe(2);
    await reads.recordAttempts([
      {
        id: 'T1',
        accountId: 'A1',
        at: AT,
        channel: 'call',
        contact: { kind: 'phone', value: '+8613800000001' },
      },
    ]);
    expect((await store.getAttempt('T1'))?.accountId).toBe('A1');
    expect(await reads.counts()).toEqual(await store.counts());
  });
});
