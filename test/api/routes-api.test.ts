import { beforeEach, describe, expect, it } from 'vitest';
import { routesModule } from '../../src/api/routes/routes.js';
import { Person } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';
import { testAccount } from '../support/test-account.js';

interface RoutesJson {
  routes: {
    rank: number;
    contact: { value: string };
    recipient: { personId: string; relation: string };
    reasons: string[];
    guard?: unknown;
  }[];
}

describe('routes API', () => {
  let api: ApiHarness;
  let store: GraphStore;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await store.upsertPersons(
      ['D1', 'R1'].map((id) => Person.parse({ id, name: id, timezone: 'Asia/Shanghai' })),
    );
    await store.upsertAccounts([testAccount({ id: 'A1', debtorId: 'D1' })]);
    await store.upsertRelations([
      { from: 'D1', to: 'R1', kind: 'reference', source: 'application', lastSeen: '2026-11-01' },
    ]);
    await store.upsertPhoneLinks([
      {
        owner: { kind: 'person', id: 'D1' },
        phone: { e164: '+8613800138000', type: 'MOBILE', country: 'CN', status: 'active' },
        source: 'application',
        lastSeen: '2026-11-10',
      },
      {
        owner: { kind: 'person', id: 'R1' },
        phone: { e164: '+8613900139000', type: 'MOBILE', country: 'CN', status: 'active' },
        source: 'application',
        lastSeen: '2026-11-01',
      },
    ]);
    await store.recordAttempts([
      {
        id: 'T1',
        accountId: 'A1',
        at: '2026-11-19T03:00:00Z',
        channel: 'call',
        contact: { kind: 'phone', value: '+8613800138000' },
        personId: 'D1',
      },
    ]);
    api = apiHarness(store, { app: { modules: [routesModule()] } });
  });

  it("ranks the debtor's own phone first and carries no guard field when no guard is wired", async () => {
    const res = await api.call('GET', '/v1/debtors/D1/routes?at=2026-11-20T10:00:00%2B08:00', {
      role: 'collector',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as RoutesJson;
    expect(body.routes[0]).toMatchObject({
      rank: 1,
      contact: { value: '+8613800138000' },
      recipient: { personId: 'D1', relation: 'self' },
    });
    expect(body.routes[0]?.reasons.length).toBeGreaterThan(0);
    expect(body.routes.every((r) => r.guard === undefined)).toBe(true);
  });

  it('an invalid_number outcome removes the phone and the reference leads', async () => {
    const out = await api.call('POST', '/v1/attempts/T1/outcome', {
      role: 'collector',
      body: { outcome: 'invalid_number' },
    });
    expect(out.status).toBe(200);
    expect(await out.json()).toMatchObject({ effects: { phoneStatus: 'invalid' } });
    const body = (await (
      await api.call('GET', '/v1/debtors/D1/routes', { role: 'collector' })
    ).json()) as RoutesJson;
    expect(body.routes.map((r) => r.contact.value)).not.toContain('+8613800138000');
    expect(body.routes[0]?.recipient.personId).toBe('R1');
  });

  it('400 for an unknown outcome, 404 for an unknown attempt or debtor', async () => {
    expect(
      (
        await api.call('POST', '/v1/attempts/T1/outcome', {
          role: 'collector',
          body: { outcome: 'maybe' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await api.call('POST', '/v1/attempts/NOPE/outcome', {
          role: 'collector',
          body: { outcome: 'busy' },
        })
      ).status,
    ).toBe(404);
    expect((await api.call('GET', '/v1/debtors/NOPE/routes', { role: 'collector' })).status).toBe(
      404,
    );
  });

  it('compliance may not read routes', async () => {
    expect((await api.call('GET', '/v1/debtors/D1/routes', { role: 'compliance' })).status).toBe(
      403,
    );
  });
});
