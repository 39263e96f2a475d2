import { beforeEach, describe, expect, it } from 'vitest';
import { routesModule } from '../../src/api/routes/routes.js';
import { Person } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';
import { testAccount } from '../support/test-account.js';

interface RoutesJson {
  routes: {
    contact: { value: string };
    recipient: { personId: string };
    paths: { source: string }[][];
  }[];
  excluded: { contact: { value: string }; code: string; params: Record<string, string> }[];
}

const NEW = '+8613912345678';

describe('learnt facts on POST /v1/attempts/{id}/outcome', () => {
  let api: ApiHarness;
  let store: GraphStore;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await store.upsertPersons(['D1', 'R1'].map((id) => Person.parse({ id, name: id })));
    await store.upsertAccounts([testAccount({ id: 'A1', debtorId: 'D1' })]);
    await store.upsertRelations([
      { from: 'D1', to: 'R1', kind: 'reference', source: 'application', lastSeen: '2026-11-01' },
    ]);
    await store.upsertPhoneLinks([
      {
        owner: { kind: 'person', id: 'D1' },
        phone: { e164: '+8613800138000', type: 'MOBILE', status: 'unknown' },
        source: 'application',
        lastSeen: '2026-11-10',
      },
      {
        owner: { kind: 'person', id: 'R1' },
        phone: { e164: '+8613900139000', type: 'MOBILE', status: 'unknown' },
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
      {
        id: 'T2',
        accountId: 'A1',
        at: '2026-11-19T04:00:00Z',
        channel: 'call',
        contact: { kind: 'phone', value: '+8613900139000' },
        personId: 'R1',
      },
    ]);
    api = apiHarness(store, { app: { modules: [routesModule()] } });
  });

  const routes = async () =>
    (await (
      await api.call('GET', '/v1/debtors/D1/routes', { role: 'collector' })
    ).json()) as RoutesJson;

  it('a wrong party takes the number out for the debtor, with code, date and attempt', async () => {
    const out = await api.call('POST', '/v1/attempts/T1/outcome', {
      role: 'collector',
      body: { outcome: 'wrong_party' },
    });
    expect(out.status).toBe(200);
    const body = await routes();
    expect(body.routes.map((r) => r.contact.value)).not.toContain('+8613800138000');
    expect(body.excluded).toContainEqual(
      expect.objectContaining({
        contact: expect.objectContaining({ value: '+8613800138000' }),
        code: 'wrong_party',
        params: expect.objectContaining({ personId: 'D1', attemptId: 'T1' }),
      }),
    );
  });

  it("the reference's new number for the debtor becomes evidence, told by the reference", async () => {
    const out = await api.call('POST', '/v1/attempts/T2/outcome', {
      role: 'collector',
      body: { outcome: 'third_party', learnt: { phones: [{ phone: '139 1234 5678' }] } },
    });
    expect(out.status).toBe(200);
    expect(await out.json()).toMatchObject({
      effects: { learnt: { phones: 1, addresses: 0, employers: 0 } },
    });
    const learnt = (await routes()).routes.find((r) => r.contact.value === NEW);
    expect(learnt).toMatchObject({ recipient: { personId: 'D1' } });
    expect(learnt!.paths[0]![0]!.source).toBe('reference:R1');
  });

  it('rejects a learnt phone that is no number, and an unknown teller, with 400 and nothing written', async () => {
    const bad = await api.call('POST', '/v1/attempts/T2/outcome', {
      role: 'collector',
      body: { outcome: 'third_party', learnt: { phones: [{ phone: '12' }] } },
    });
    expect(bad.status).toBe(400);
    const unknown = await api.call('POST', '/v1/attempts/T2/outcome', {
      role: 'collector',
      body: { outcome: 'third_party', learnt: { phones: [{ phone: NEW, from: 'NOBODY' }] } },
    });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe(
      'learnt_teller_unknown',
    );
    expect((await store.getAttempt('T2'))?.outcome).toBeUndefined();
    expect((await routes()).routes.map((r) => r.contact.value)).not.toContain(NEW);
  });
});
