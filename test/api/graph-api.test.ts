import { beforeEach, describe, expect, it } from 'vitest';
import { Person, type Phone } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';

const shared: Phone = { e164: '+8613912345678', type: 'MOBILE', country: 'CN', status: 'active' };

async function seed(store: GraphStore): Promise<void> {
  await store.upsertPersons(
    ['D1', 'D2', 'R1'].map((id) =>
      Person.parse({ id, name: `名字${id}`, timezone: 'Asia/Shanghai' }),
    ),
  );
  await store.upsertAccounts([
    {
      id: 'A1',
      debtorId: 'D1',
      product: 'cash_loan',
      currency: 'CNY',
      principal: 1000,
      balance: 900,
      dueDate: '2026-10-01',
      jurisdiction: 'CN',
      status: 'open',
    },
  ]);
  await store.upsertEmployers([{ id: 'E1', name: '华兴物流' }]);
  await store.upsertEmployments([{ personId: 'D1', employerId: 'E1', source: 'application' }]);
  await store.upsertRelations([{ from: 'D1', to: 'R1', kind: 'reference', source: 'application' }]);
  await store.upsertPhoneLinks([
    { owner: { kind: 'person', id: 'D1' }, phone: shared, source: 'application' },
    { owner: { kind: 'person', id: 'D2' }, phone: shared, source: 'bureau' },
  ]);
}

describe('graph API', () => {
  let api: ApiHarness;
  beforeEach(async () => {
    const store = await openSqliteStore(':memory:');
    await seed(store);
    api = apiHarness(store);
  });

  it('answers health and readiness without a key', async () => {
    expect((await api.call('GET', '/healthz', { role: null })).status).toBe(200);
    const ready = await api.call('GET', '/readyz', { role: null });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('returns a person neighbourhood with references and employer', async () => {
    const res = await api.call('GET', '/v1/persons/D1/graph?depth=2');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { nodes: { key: string }[]; edges: { type: string }[] };
    const keys = body.nodes.map((n) => n.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'person:D1',
        'person:R1',
        'employer:E1',
        'phone:+8613912345678',
        'account:A1',
      ]),
    );
    expect(body.edges.map((e) => e.type)).toEqual(
      expect.arrayContaining(['KNOWS', 'WORKS_AT', 'HAS_PHONE', 'OWES']),
    );
  });

  it('returns a person with accounts and days past due', async () => {
    const res = await api.call('GET', '/v1/persons/D1');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { accounts: { daysPastDue: number; role: string }[] };
    expect(body.accounts[0]).toMatchObject({ role: 'debtor', daysPastDue: 50 });
  });

  it('finds persons by phone number and by id', async () => {
    const byPhone = (await (
      await api.call('GET', '/v1/persons?q=139%201234%205678&region=CN')
    ).json()) as { persons: { id: string }[] };
    expect(byPhone.persons.map((p) => p.id).sort()).toEqual(['D1', 'D2']);
    const byId = (await (await api.call('GET', '/v1/persons?q=R1')).json()) as {
      persons: { id: string }[];
    };
    expect(byId.persons.map((p) => p.id)).toContain('R1');
  });

  it('says of each person found whether they owe an account', async () => {
    const found = (await (
      await api.call('GET', '/v1/persons?q=139%201234%205678&region=CN')
    ).json()) as {
      persons: { id: string; isDebtor: boolean }[];
    };
    const owes = (await (await api.call('GET', '/v1/persons?q=R1')).json()) as {
      persons: { id: string; isDebtor: boolean }[];
    };
    const byId = new Map([...found.persons, ...owes.persons].map((p) => [p.id, p.isDebtor]));
    expect(byId.get('D1')).toBe(true);
    expect(byId.get('R1')).toBe(false);
  });

  it('lists every holder of a shared phone, national or international form', async () => {
    for (const path of [
      '/v1/phones/%2B8613912345678/links',
      '/v1/phones/13912345678/links?region=CN',
    ]) {
      const res = await api.call('GET', path);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { holders: { id: string }[] };
      expect(body.holders.map((h) => h.id).sort()).toEqual(['D1', 'D2']);
    }
  });

  describe('error paths', () => {
    it('404 for an unknown person, in the error shape', async () => {
      const res = await api.call('GET', '/v1/persons/NOPE/graph');
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        error: {
          code: 'person_not_found',
          message: 'no person with id NOPE',
          params: { id: 'NOPE' },
        },
      });
    });
    it('400 for a depth out of range, naming the field', async () => {
      const res = await api.call('GET', '/v1/persons/D1/graph?depth=9');
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
      expect(body.error.code).toBe('invalid_input');
      expect(body.error.details[0]?.path).toBe('depth');
    });
    it('400 for an invalid phone number, without echoing it', async () => {
      const res = await api.call('GET', '/v1/phones/%2B14151234567/links');
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).toContain('phone_invalid');
      expect(text).not.toContain('4151234567');
    });
    it('401 without a key and with an unknown key', async () => {
      expect((await api.call('GET', '/v1/persons/D1', { role: null })).status).toBe(401);
      const res = await api.call('GET', '/v1/persons/D1', {
        role: null,
        headers: { authorization: 'Bearer nope-nope-nope' },
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        'unknown_api_key',
      );
    });
    it('403 for a role without the permission', async () => {
      const res = await api.call('GET', '/v1/phones/%2B8613912345678/links', {
        role: 'compliance',
      });
      expect(res.status).toBe(403);
    });
    it('404 in the same shape for an unknown route', async () => {
      const res = await api.call('GET', '/v1/nowhere');
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        'route_not_found',
      );
    });
    it('413 for a body over the limit', async () => {
      const small = apiHarness(await openSqliteStore(':memory:'), { limits: { bodyBytes: 64 } });
      const res = await small.call('POST', '/v1/persons', {
        raw: 'x'.repeat(1000),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('body_too_large');
    });
    it('429 with Retry-After beyond the per-key rate', async () => {
      const limited = apiHarness(await openSqliteStore(':memory:'), {
        limits: { ratePerMinute: 2 },
      });
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await limited.call('GET', '/v1/persons?q=x')).status);
      expect(statuses).toEqual([200, 200, 429]);
      const res = await limited.call('GET', '/v1/persons?q=x');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another key has its own budget.
      expect((await limited.call('GET', '/v1/persons?q=x', { role: 'investigator' })).status).toBe(
        200,
      );
    });
    it('503 when the store is down, and readiness says so', async () => {
      const store = await openSqliteStore(':memory:');
      const down = apiHarness(store);
      await store.close();
      expect((await down.call('GET', '/v1/persons/D1')).status).toBe(503);
      expect((await down.call('GET', '/readyz', { role: null })).status).toBe(503);
    });
  });
});
