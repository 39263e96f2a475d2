import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app/app-error.js';
import { getRoutes } from '../../src/app/routes/get-routes.js';
import { recordOutcome } from '../../src/app/routes/record-outcome.js';
import { unrelatedDebtorHolders } from '../../src/app/routes/unrelated-holders.js';
import { Person } from '../../src/domain/model/index.js';
import type { GraphStore, StoreTx } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { seed } from './seed-store.js';

const AT = new Date('2026-11-23T10:00:00Z');

describe('routes use cases on the embedded store', () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await seed(store);
  });
  afterEach(async () => {
    await store.close();
  });

  it('ranks routes for the open account with the largest balance, with sharing from the store', async () => {
    const result = await getRoutes({ store }, { debtorId: 'D1', at: AT });
    expect(result.accountId).toBe('A1');
    expect(result.at).toBe('2026-11-23T10:00:00.000Z');
    expect(result.routes.map((r) => [r.rank, r.contact.value, r.recipient.relation])).toEqual([
      [1, '+8613800000001', 'self'],
      // The guarantor's phone ages slower than the debtor's (people other than the debtor keep their numbers).
      [2, '+8613700000001', 'guarantor'],
      [3, '+8613800000002', 'self'],
      [4, '+8613900000001', 'reference'],
    ]);
    expect(result.routes[2]!.flags.shared).toBe(5);
    expect(result.routes[0]!.flags.shared).toBeUndefined();
    expect(result.routes.every((r) => r.guard === undefined)).toBe(true);
  });

  it('honours an explicit account, the limit and the channel', async () => {
    expect(
      (await getRoutes({ store }, { debtorId: 'D1', accountId: 'A3', at: AT })).routes.map(
        (r) => r.recipient.relation,
      ),
    ).not.toContain('guarantor');
    expect((await getRoutes({ store }, { debtorId: 'D1', at: AT, limit: 2 })).routes).toHaveLength(
      2,
    );
    expect(
      (await getRoutes({ store }, { debtorId: 'D1', at: AT, channel: 'email' })).routes,
    ).toEqual([]);
  });

  it('refuses an unknown debtor, an account of someone else, an unknown account and a bad limit with typed errors', async () => {
    await expect(getRoutes({ store }, { debtorId: 'NOPE', at: AT })).rejects.toMatchObject({
      code: 'debtor_not_found',
      kind: 'not_found',
    });
    await expect(
      getRoutes({ store }, { debtorId: 'D1', accountId: 'AX1', at: AT }),
    ).rejects.toMatchObject({ code: 'account_not_of_debtor', kind: 'invalid' });
    await expect(
      getRoutes({ store }, { debtorId: 'D1', accountId: 'NOPE', at: AT }),
    ).rejects.toMatchObject({ code: 'account_not_found', kind: 'not_found' });
    await expect(getRoutes({ store }, { debtorId: 'R1', at: AT })).rejects.toMatchObject({
      code: 'no_account',
      kind: 'not_found',
    });
    await expect(getRoutes({ store }, { debtorId: 'D1', at: AT, limit: 0 })).rejects.toBeInstanceOf(
      AppError,
    );
    await expect(
      getRoutes({ store }, { debtorId: 'D1', at: new Date('nope') }),
    ).rejects.toMatchObject({ code: 'invalid_at' });
  });

  it('attaches the guard preview to every route when one is wired', async () => {
    const seen: string[] = [];
    const result = await getRoutes(
      {
        store,
        preview: async (route, ctx) => {
          seen.push(`${ctx.accountId}:${route.contact.value}`);
          return route.recipient.relation === 'reference'
            ? {
                outcome: 'deny',
                rules: [
                  {
                    id: 'third-party',
                    policy: 'cn',
                    kind: 'fail',
                    code: 'stage_too_early',
                    params: {},
                    reason: 'no third parties at this stage',
                  },
                ],
              }
            : { outcome: 'allow', rules: [] };
        },
      },
      { debtorId: 'D1', at: AT },
    );
    expect(seen).toHaveLength(4);
    expect(result.routes.map((r) => r.guard?.outcome)).toEqual(['allow', 'allow', 'allow', 'deny']);
  });

  it('after an invalid_number outcome the phone disappears and the next route leads', async () => {
    const recorded = await recordOutcome(
      { store },
      'T1',
      { outcome: 'invalid_number', note: 'carrier says number not in service' },
      new Date('2026-11-20T08:05:00Z'),
    );
    expect(recorded.attempt.outcome).toBe('invalid_number');
    expect(recorded.effects).toEqual({ phoneStatus: 'invalid' });
    expect((await store.getPhone('+8613800000001'))?.status).toBe('invalid');
    const result = await getRoutes({ store }, { debtorId: 'D1', at: AT });
    expect(result.routes.map((r) => r.contact.value)).not.toContain('+8613800000001');
    expect(result.routes[0]!.contact.value).toBe('+8613700000001');
    expect(result.excluded).toContainEqual({
      contact: { kind: 'phone', value: '+8613800000001' },
      code: 'number_invalid',
      params: { invalidAt: '2026-11-20T08:05:00.000Z' },
      reason: 'number invalid since 2026-11-20',
    });
  });

  it('a suspended outcome holds the line back for its cool-down', async () => {
    await recordOutcome(
      { store },
      'T1',
      { outcome: 'suspended' },
      new Date('2026-11-20T08:05:00Z'),
    );
    expect((await store.getPhone('+8613800000001'))?.status).toBe('suspended');
    expect(
      (await getRoutes({ store }, { debtorId: 'D1', at: AT })).routes.map((r) => r.contact.value),
    ).not.toContain('+8613800000001');
    expect(
      (
        await getRoutes({ store }, { debtorId: 'D1', at: new Date('2026-12-21T00:00:00Z') })
      ).routes.map((r) => r.contact.value),
    ).toContain('+8613800000001');
  });

  it('a cease request flags the person reached', async () => {
    const recorded = await recordOutcome({ store }, 'T2', { outcome: 'cease_request' }, AT);
    expect(recorded.effects.ceaseContactPersonId).toBe('R1');
    expect((await store.getPerson('R1'))?.flags.ceaseContact).toBe(true);
    const routes = await getRoutes({ store }, { debtorId: 'D1', at: AT });
    expect(routes.routes.map((r) => r.recipient.personId)).not.toContain('R1');
  });

  it('refuses an unknown attempt and an unknown outcome, changing nothing', async () => {
    await expect(
      recordOutcome({ store }, 'NOPE', { outcome: 'right_party' }, AT),
    ).rejects.toMatchObject({ code: 'attempt_not_found', kind: 'not_found' });
    await expect(
      recordOutcome({ store }, 'T1', { outcome: 'maybe' as never }, AT),
    ).rejects.toMatchObject({ code: 'invalid_outcome', kind: 'invalid' });
    expect((await store.getAttempt('T1'))?.outcome).toBeUndefined();
  });

  it('rolls the outcome back when updating the line fails (one transaction)', async () => {
    const failing: GraphStore = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
        return <T>(fn: (tx: StoreTx) => Promise<T>) =>
          target.transaction((tx) =>
            fn(
              new Proxy(tx, {
                get(t, p, r) {
                  if (p === 'setPhoneStatus')
                    return async () => Promise.reject(new Error('disk full'));
                  return Reflect.get(t, p, r);
                },
              }),
            ),
          );
      },
    });
    await expect(
      recordOutcome({ store: failing }, 'T1', { outcome: 'invalid_number' }, AT),
    ).rejects.toThrow('disk full');
    expect((await store.getAttempt('T1'))?.outcome).toBeUndefined();
    expect((await store.getPhone('+8613800000001'))?.status).toBe('unknown');
  });

  it('finds the same unrelated debtors in one batch as point by point', async () => {
    const contacts = [
      { kind: 'phone' as const, value: '+8613800000002' },
      { kind: 'phone' as const, value: '+8613800000001' },
      { kind: 'phone' as const, value: '+8613999999999' },
    ];
    const related = new Set(['D1', 'X3']);
    const batched = await unrelatedDebtorHolders(store, contacts, related);
    expect(batched).toEqual([
      { contact: contacts[0], unrelatedDebtorIds: ['X1', 'X2', 'X4', 'X5'] },
      { contact: contacts[1], unrelatedDebtorIds: [] },
      { contact: contacts[2], unrelatedDebtorIds: [] },
    ]);
    const withoutBatch = new Proxy(store, {
      get: (t, p) => (p === 'debtorsHolding' ? undefined : Reflect.get(t, p, t)),
    }) as GraphStore;
    const oneByOne = await unrelatedDebtorHolders(withoutBatch, contacts, related);
    expect(
      oneByOne.map((e) => ({ ...e, unrelatedDebtorIds: [...e.unrelatedDebtorIds].sort() })),
    ).toEqual(batched);
  });

  it('gives the same routes when the store has no batch look-up (sharing fetched lazily, route by route)', async () => {
    const calls: string[] = [];
    const plain = new Proxy(store, {
      get: (t, p) => {
        if (p === 'debtorsHolding') return undefined;
        if (p === 'sharedIdentifiers')
          return async (c: { kind: 'phone'; value: string }) => {
            calls.push(c.value);
            return t.sharedIdentifiers(c);
          };
        return Reflect.get(t, p, t);
      },
    }) as GraphStore;
    expect(await getRoutes({ store: plain }, { debtorId: 'D1', at: AT })).toEqual(
      await getRoutes({ store }, { debtorId: 'D1', at: AT }),
    );
    expect(calls.sort()).toEqual([
      '+8613700000001',
      '+8613800000001',
      '+8613800000002',
      '+8613900000001',
    ]);
  });

  it('does not count a debtor in the same household as an unrelated holder', async () => {
    await store.upsertPersons([Person.parse({ id: 'HM', name: 'Household Member' })]);
    await store.upsertAccounts([
      {
        id: 'AHM',
        debtorId: 'HM',
        product: 'cash_loan',
        currency: 'CNY',
        principal: 1_000,
        balance: 500,
        dueDate: '2026-08-01',
        jurisdiction: 'CN',
        status: 'open',
      },
    ]);
    await store.upsertPhoneLinks([
      {
        owner: { kind: 'person', id: 'HM' },
        phone: { e164: '+8613800000001', type: 'MOBILE', status: 'unknown' },
        source: 'bureau',
        lastSeen: '2026-06-01',
      },
    ]);
    const own = async () =>
      (await getRoutes({ store }, { debtorId: 'D1', at: AT })).routes.find(
        (r) => r.contact.value === '+8613800000001',
      )!;
    expect((await own()).flags.shared).toBe(1);
    await store.upsertAddresses([
      { id: 'HOME', line: '1 Garden Road', city: 'Shanghai', region: '', country: 'CN' },
    ]);
    await store.upsertResidences([
      { personId: 'D1', addressId: 'HOME', source: 'bureau', from: '2020-01-01' },
      { personId: 'HM', addressId: 'HOME', source: 'bureau', from: '2021-01-01' },
    ]);
    expect((await own()).flags.shared).toBeUndefined();
  });
});
