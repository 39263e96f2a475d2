import { describe, expect, it } from 'vitest';
import type { IdempotencyRecord } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { dailyCapGuard } from './daily-cap-guard.js';
import { outreachHarness, seedAccount } from './outreach-app.js';

const body = (idempotencyKey: string) => ({
  accountId: 'A1',
  channel: 'sms',
  to: '138 0013 8000',
  message: '您好，请尽快联系我们处理您的账户。',
  idempotencyKey,
});

async function freshStore(): Promise<GraphStore> {
  const store = await openSqliteStore(':memory:');
  await seedAccount(store);
  return store;
}

/** The receipt as the previous version wrote it: the HTTP answer's body instead of the outcome. */
function asEarlierReceipt(receipt: IdempotencyRecord): IdempotencyRecord {
  const outcome = receipt.outcome as {
    kind: string;
    accepted?: unknown;
    message?: string;
    decision?: unknown;
  };
  const earlier =
    outcome.kind === 'accepted'
      ? outcome.accepted
      : { error: { code: 'guard_denied', message: outcome.message, details: outcome.decision } };
  return { ...receipt, outcome: earlier };
}

describe('outreach receipts', () => {
  it('keep the outcome, not an answer: accepted with its attempt, denied with its decision', async () => {
    const store = await freshStore();
    const h = outreachHarness({ store, guard: dailyCapGuard(1) });
    expect((await h.post(body('shape-key-0001'))).status).toBe(201);
    expect((await h.post(body('shape-key-0002'))).status).toBe(403);
    expect((await store.getReceipt('shape-key-0001'))?.outcome).toMatchObject({
      kind: 'accepted',
      accepted: { attemptId: expect.any(String), decision: { outcome: 'allow' } },
    });
    const denied = (await store.getReceipt('shape-key-0002'))?.outcome;
    expect(denied).toMatchObject({ kind: 'guard_denied', decision: { outcome: 'deny' } });
    expect(JSON.stringify(denied)).not.toMatch(/"(status|error)"/);
  });

  it('written by the previous version (answer bodies) still replay with the same answers', async () => {
    const first = await freshStore();
    const h = outreachHarness({ store: first, guard: dailyCapGuard(1) });
    const accepted = await h.post(body('shape-key-0001'));
    const denied = await h.post(body('shape-key-0002'));
    const answers = [await accepted.json(), await denied.json()];

    const later = await freshStore();
    for (const key of ['shape-key-0001', 'shape-key-0002']) {
      const receipt = await first.getReceipt(key);
      if (!receipt) throw new Error(`no receipt for ${key}`);
      expect(await later.putReceipt(asEarlierReceipt(receipt))).toBe(true);
    }
    const replaying = outreachHarness({ store: later, guard: dailyCapGuard(0) });
    const again = [
      await replaying.post(body('shape-key-0001')),
      await replaying.post(body('shape-key-0002')),
    ];
    expect(again.map((r) => r.status)).toEqual([201, 403]);
    expect([await again[0]?.json(), await again[1]?.json()]).toEqual(answers);
    expect(await later.listOutbox({})).toEqual([]); // a replay sends nothing
  });

  it('an unreadable stored outcome is refused, never guessed', async () => {
    const first = await freshStore();
    const h = outreachHarness({ store: first, guard: dailyCapGuard(1) });
    await h.post(body('shape-key-0001'));
    const receipt = await first.getReceipt('shape-key-0001');
    if (!receipt) throw new Error('no receipt');
    const later = await freshStore();
    await later.putReceipt({ ...receipt, outcome: { something: 'else' } });
    const res = await outreachHarness({ store: later, guard: dailyCapGuard(1) }).post(
      body('shape-key-0001'),
    );
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'idempotency_receipt_unreadable',
    );
  });
});
