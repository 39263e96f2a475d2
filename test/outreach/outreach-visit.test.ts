import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutreachGuard } from '../../src/app/guard/check-guard.js';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { type OutreachHarness, outreachHarness, seedAccount } from './outreach-app.js';

const POLICIES = fileURLToPath(new URL('../../policies', import.meta.url));

const visit = (key: string, plan?: { collectors: string[]; recorded: boolean }) => ({
  accountId: 'A1',
  channel: 'visit',
  to: 'ADDR1',
  recipientPersonId: 'P1',
  idempotencyKey: key,
  ...(plan ? { visit: plan } : {}),
});

interface Denied {
  error: { code: string; details: { rules: { id: string; code?: string }[] } };
}

describe('a visit (外访) goes through outreach: guard, attempt, audit, outbox', () => {
  let store: GraphStore;
  let registry: PolicyRegistry;
  let h: OutreachHarness;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await seedAccount(store);
    await store.upsertAddresses([
      { id: 'ADDR1', line: '中山路1号', city: '上海', region: '上海', country: 'CN' },
    ]);
    await store.upsertResidences([
      { personId: 'P1', addressId: 'ADDR1', source: 'application', from: '2020-01-01T00:00:00Z' },
    ]);
    registry = await PolicyRegistry.open(POLICIES, { watch: false });
    expect(registry.snapshot().errors).toEqual([]);
    h = outreachHarness({ store, guard: createOutreachGuard(registry) });
  });
  afterEach(() => registry.close());

  it('two collectors, recorded: 201, one visit attempt, the plan in the audit record', async () => {
    const res = await h.post(visit('visit-ok-1', { collectors: ['王明', '李强'], recorded: true }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { attemptId: string; decisionId: string };
    const attempts = await store.listAttempts({ accountId: 'A1' });
    expect(attempts.map((a) => [a.id, a.channel, a.contact.value])).toEqual([
      [body.attemptId, 'visit', 'ADDR1'],
    ]);
    const [audit] = await store.listAudit({ accountId: 'A1' });
    expect(audit).toMatchObject({
      id: body.decisionId,
      kind: 'outreach',
      channel: 'visit',
      outcome: 'allow',
      attemptId: body.attemptId,
      visit: { collectors: ['王明', '李强'], recorded: true },
    });
    expect((await store.listOutbox({})).map((d) => d.channel)).toEqual(['visit']);
  });

  it('one collector, not recorded: 403 under cn.visit with both failures, audited, no attempt', async () => {
    const res = await h.post(visit('visit-bad-1', { collectors: ['王明'], recorded: false }));
    expect(res.status).toBe(403);
    const denied = (await res.json()) as Denied;
    expect(denied.error.code).toBe('guard_denied');
    const codes = denied.error.details.rules.filter((r) => r.id === 'cn.visit').map((r) => r.code);
    expect(codes.sort()).toEqual(['visit_not_recorded', 'visit_too_few_collectors']);
    expect(await store.listAttempts({ accountId: 'A1' })).toEqual([]);
    const [audit] = await store.listAudit({ accountId: 'A1' });
    expect(audit).toMatchObject({
      outcome: 'deny',
      visit: { collectors: ['王明'], recorded: false },
    });
  });

  it('a visit without a plan fails closed (visit_unplanned)', async () => {
    const res = await h.post(visit('visit-none-1'));
    expect(res.status).toBe(403);
    const denied = (await res.json()) as Denied;
    expect(denied.error.details.rules.map((r) => r.code)).toContain('visit_unplanned');
  });

  it('the same key with other collectors is another request (409), not a replay', async () => {
    const plan = { collectors: ['王明', '李强'], recorded: true };
    expect((await h.post(visit('visit-key-1', plan))).status).toBe(201);
    const other = await h.post(visit('visit-key-1', { ...plan, collectors: ['王明', '赵六'] }));
    expect(other.status).toBe(409);
    expect(((await other.json()) as Denied).error.code).toBe('idempotency_key_reused');
  });

  it('a visit plan on a call is a 400', async () => {
    const res = await h.post({
      ...visit('visit-call-1', { collectors: ['王明', '李强'], recorded: true }),
      channel: 'call',
      to: '13800138000',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Denied).error.code).toBe('visit_plan_not_a_visit');
  });
});
