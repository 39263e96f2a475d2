import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Account, Obligation, Person, type Phone } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';

const family: Phone = { e164: '+8613912340000', type: 'MOBILE', country: 'CN', status: 'active' };

function account(id: string, debtorId: string): Account {
  return {
    id,
    debtorId,
    product: 'cash_loan',
    currency: 'CNY',
    principal: 1000,
    balance: 900,
    dueDate: '2026-10-01',
    jurisdiction: 'CN',
    status: 'open',
  };
}

/**
 * 王伟 owes A1, which 王芳 guarantees and 王强 co-borrows; 王军 owes A2 and also guarantees A1;
 * 王丽 is a reference. All of them hold the family phone.
 */
async function seed(store: GraphStore): Promise<void> {
  const names = { D: '王伟', G: '王芳', CB: '王强', M: '王军', R: '王丽' };
  await store.upsertPersons(
    Object.entries(names).map(([id, name]) =>
      Person.parse({ id, name, timezone: 'Asia/Shanghai' }),
    ),
  );
  await store.upsertAccounts([account('A1', 'D'), account('A2', 'M')]);
  await store.upsertObligations(
    [
      { personId: 'G', accountId: 'A1', role: 'guarantor' },
      { personId: 'CB', accountId: 'A1', role: 'co_borrower' },
      { personId: 'M', accountId: 'A1', role: 'guarantor' },
    ].map((o) => Obligation.parse(o)),
  );
  await store.upsertPhoneLinks(
    Object.keys(names).map((id) => ({
      owner: { kind: 'person' as const, id },
      phone: family,
      source: 'application',
    })),
  );
}

const EXPECTED = [
  ['CB', true, ['co_borrower']],
  ['D', true, ['debtor']],
  ['G', true, ['guarantor']],
  ['M', true, ['debtor', 'guarantor']],
  ['R', false, []],
];

type Party = { id: string; isDebtor: boolean; accountRoles: string[] };
const rows = (list: Party[]) =>
  list
    .map((p) => [p.id, p.isDebtor, p.accountRoles])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('account roles of persons found and of holders', () => {
  let store: GraphStore;
  let api: ApiHarness;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await seed(store);
    api = apiHarness(store);
  });

  it('a search names each hit a debtor, co-borrower or guarantor, and isDebtor still says any of them', async () => {
    const res = await api.call('GET', `/v1/persons?q=${encodeURIComponent('王')}`);
    expect(res.status).toBe(200);
    const { persons } = (await res.json()) as { persons: Party[] };
    expect(rows(persons)).toEqual(EXPECTED);
  });

  it('a search reads the roles of all its hits in one store read', async () => {
    const batch = vi.spyOn(store, 'accountRolesOf');
    const single = vi.spyOn(store, 'accountsOf');
    const res = await api.call('GET', '/v1/persons?q=139%201234%200000&region=CN');
    const { persons } = (await res.json()) as { persons: Party[] };
    expect(rows(persons)).toEqual(EXPECTED);
    expect(batch).toHaveBeenCalledTimes(1);
    expect(single).not.toHaveBeenCalled();
  });

  it('the holders of a shared phone carry their account roles', async () => {
    for (const path of [
      '/v1/phones/%2B8613912340000/links',
      '/v1/links?kind=phone&value=%2B8613912340000',
    ]) {
      const res = await api.call('GET', path);
      expect(res.status).toBe(200);
      const { holders } = (await res.json()) as { holders: Party[] };
      expect(rows(holders), path).toEqual(EXPECTED);
    }
  });

  it('the OpenAPI document describes accountRoles on a search hit and a holder, with the roles as one enum', async () => {
    const doc = (await (await api.call('GET', '/openapi.json', { role: null })).json()) as {
      components: {
        schemas: Record<
          string,
          {
            enum?: string[];
            properties?: Record<
              string,
              { $ref?: string; items?: { $ref?: string }; description?: string }
            >;
          }
        >;
      };
    };
    const schemas = doc.components.schemas;
    expect(schemas.AccountRole?.enum).toEqual(['debtor', 'co_borrower', 'guarantor']);
    for (const name of ['PersonHit', 'Holder']) {
      const roles = schemas[name]?.properties?.accountRoles;
      expect(roles?.items?.$ref, name).toBe('#/components/schemas/AccountRole');
      expect(roles?.description, name).toMatch(/guarantor or a co-borrower is not the debtor/);
      expect(schemas[name]?.properties?.isDebtor?.description, name).toMatch(/compatibility/);
    }
  });
});
