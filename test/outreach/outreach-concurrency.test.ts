import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { dailyCapGuard } from './daily-cap-guard.js';
import { type OutreachHarness, outreachHarness, seedAccount } from './outreach-app.js';

const sms = (key: string) => ({
  accountId: 'A1',
  channel: 'sms',
  to: '13800138000',
  message: '您好，我是安信客服，请联系我们处理账户。',
  idempotencyKey: key,
});

describe('POST /v1/outreach under concurrency', () => {
  let store: GraphStore;
  let h: OutreachHarness;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await seedAccount(store);
    h = outreachHarness({ store, guard: dailyCapGuard(3) });
  });

  it('100 concurrent sends against a cap of 3 a day: exactly 3 × 201, 97 × 403, 3 attempts, 3 dispatches', async () => {
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => h.post(sms(`concurrent-${i}`))),
    );
    await h.relay.idle();
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 403)).toHaveLength(97);
    const denied = (await Promise.all(
      responses.filter((r) => r.status === 403).map((r) => r.json()),
    )) as { error: { code: string; details: { outcome: string } } }[];
    expect(new Set(denied.map((d) => d.error.code))).toEqual(new Set(['guard_denied']));
    expect(denied.every((d) => d.error.details.outcome === 'deny')).toBe(true);
    expect(await store.listAttempts({ accountId: 'A1' })).toHaveLength(3);
    const outbox = await store.listOutbox({});
    expect(outbox).toHaveLength(3);
    expect(outbox.every((d) => d.status === 'sent' && d.provider === 'outbox')).toBe(true);
    const audit = await store.listAudit({ accountId: 'A1' });
    expect(audit.filter((a) => a.outcome === 'allow')).toHaveLength(3);
    expect(audit.filter((a) => a.outcome === 'deny')).toHaveLength(97);
  });

  it('20 concurrent replays of one key: one attempt, one dispatch, 20 identical responses', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => h.post(sms('same-key-0001'))),
    );
    await h.relay.idle();
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(bodies).size).toBe(1);
    const first = JSON.parse(bodies[0] ?? '{}') as {
      attemptId: string;
      dispatch: { status: string; provider: string };
    };
    expect(first.dispatch).toMatchObject({ status: 'sent', provider: 'outbox' });
    expect((await store.listAttempts({ accountId: 'A1' })).map((a) => a.id)).toEqual([
      first.attemptId,
    ]);
    expect(await store.listOutbox({})).toHaveLength(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(
      19,
    );
  });

  it('a replayed denial answers the same 403 body and records nothing more', async () => {
    for (let i = 0; i < 3; i++) expect((await h.post(sms(`fill-key-${i}`))).status).toBe(201);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => h.post(sms('denied-key-01'))),
    );
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status)).toEqual(Array(5).fill(403));
    expect(new Set(bodies).size).toBe(1);
    expect(await store.listAttempts({ accountId: 'A1' })).toHaveLength(3);
    expect(
      (await store.listAudit({ accountId: 'A1' })).filter((a) => a.outcome === 'deny'),
    ).toHaveLength(1);
  });
});
