import { describe, expect, it } from 'vitest';
import type { GraphStore, StoreTx } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { dailyCapGuard } from './daily-cap-guard.js';
import { outreachHarness, seedAccount } from './outreach-app.js';

/**
 * A store whose transactions do not see receipts (as if a rival on another node committed the key
 * between the check and the write): only the receipt's uniqueness stops a second send.
 */
function blindToReceipts(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'transaction') {
        return <T>(fn: (tx: StoreTx) => Promise<T>) =>
          target.transaction((tx) =>
            fn(
              new Proxy(tx, {
                get: (t, p, r) =>
                  (p === 'getReceipt' ? async () => undefined : Reflect.get(t, p, r)) as unknown,
              }),
            ),
          );
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

describe('POST /v1/outreach when a rival stores the receipt first', () => {
  it('rolls back its own attempt and answers the stored first result', async () => {
    const inner = await openSqliteStore(':memory:');
    await seedAccount(inner);
    const body = {
      accountId: 'A1',
      channel: 'call',
      to: '+8613800138000',
      idempotencyKey: 'race-key-0001',
    };
    const first = await outreachHarness({ store: inner, guard: dailyCapGuard(5) }).post(body);
    expect(first.status).toBe(201);
    const firstText = await first.text();

    const blind = outreachHarness({ store: blindToReceipts(inner), guard: dailyCapGuard(5) });
    const second = await blind.post(body);
    expect(second.status).toBe(201);
    expect(await second.text()).toBe(firstText);
    expect(await inner.listAttempts({})).toHaveLength(1);
    expect(await inner.listOutbox({})).toHaveLength(1);
    expect(await inner.listAudit({})).toHaveLength(1);
  });
});
