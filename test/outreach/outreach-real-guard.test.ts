import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutreachGuard } from '../../src/app/guard/check-guard.js';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import { Phone } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { NOW, type OutreachHarness, outreachHarness, seedAccount } from './outreach-app.js';

const POLICIES = fileURLToPath(new URL('./fixtures/policies', import.meta.url));
const call = (key: string) => ({
  accountId: 'A1',
  channel: 'call',
  to: '13800138000',
  recipientPersonId: 'P1',
  idempotencyKey: key,
});

interface Denied {
  error: {
    code: string;
    details: {
      outcome: string;
      policyVersion: string;
      rules: { id: string; nextAllowedAt?: string }[];
    };
  };
}

describe('POST /v1/outreach with the real guard and a policy of 3 calls a day', () => {
  let store: GraphStore;
  let registry: PolicyRegistry;
  let h: OutreachHarness;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await seedAccount(store);
    await store.upsertPhoneLinks([
      {
        owner: { kind: 'person', id: 'P1' },
        phone: Phone.parse({ e164: '+8613800138000' }),
        source: 'application',
      },
    ]);
    registry = await PolicyRegistry.open(POLICIES, { watch: false });
    expect(registry.snapshot().errors).toEqual([]);
    h = outreachHarness({ store, guard: createOutreachGuard(registry) });
  });
  afterEach(() => registry.close());

  it('100 concurrent calls: exactly 3 × 201, 97 × 403 by the cap, 3 attempts, 3 dispatches', async () => {
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => h.post(call(`real-guard-${i}`))),
    );
    await h.relay.idle();
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 403)).toHaveLength(97);
    const denied = (await Promise.all(
      responses.filter((r) => r.status === 403).map((r) => r.json()),
    )) as Denied[];
    for (const d of denied) {
      expect(d.error.code).toBe('guard_denied');
      expect(d.error.details.rules.map((r) => r.id)).toEqual(['test.calls_per_day']);
    }
    expect(await store.listAttempts({ accountId: 'A1' })).toHaveLength(3);
    expect(await store.listOutbox({})).toHaveLength(3);
    const audit = await store.listAudit({ accountId: 'A1' });
    expect(audit.filter((a) => a.kind === 'outreach' && a.outcome === 'allow')).toHaveLength(3);
    expect(audit.filter((a) => a.kind === 'outreach' && a.outcome === 'deny')).toHaveLength(97);
  });

  it('20 concurrent replays of one key: one attempt, one dispatch, 20 identical responses', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => h.post(call('real-guard-replay'))),
    );
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(bodies).size).toBe(1);
    expect(await store.listAttempts({ accountId: 'A1' })).toHaveLength(1);
    expect(await store.listOutbox({})).toHaveLength(1);
  });

  it('decides with the server clock: outside contact hours it denies and names the next allowed time', async () => {
    h.setNow(new Date('2026-03-10T15:00:00Z')); // 23:00 in Shanghai
    const res = await h.post(call('real-guard-late'));
    expect(res.status).toBe(403);
    const body = (await res.json()) as Denied;
    expect(body.error.details.rules[0]).toMatchObject({
      id: 'test.hours',
      nextAllowedAt: '2026-03-11T00:00:00.000Z',
    });
    expect(await store.listOutbox({})).toHaveLength(0);
    h.setNow(NOW);
    expect((await h.post(call('real-guard-day'))).status).toBe(201);
  });

  it('a cease-contact flag denies every outreach', async () => {
    await store.setPersonFlags('P1', { ceaseContact: true });
    const res = await h.post(call('real-guard-cease'));
    expect(res.status).toBe(403);
    expect(((await res.json()) as Denied).error.details.rules.map((r) => r.id)).toContain(
      'test.stop_flags',
    );
    expect(await store.listAttempts({})).toHaveLength(0);
  });
});
