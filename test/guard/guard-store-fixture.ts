import { Account, Address, Person, Phone } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

/** Numbers of the fixture graph. */
export const PHONES = {
  debtor: '+14155550100',
  reference: '+14155550199',
  spouse: '+14155550155',
  workplace: '+14155550133',
  unknown: '+14155550188',
  cnDebtor: '+8613800138000',
  cnReference: '+8613900139000',
} as const;

/**
 * An in-memory graph: debtor D1 owes US-CA account A1 and lives in Albany, New York; R1 is a reference
 * of D1, S1 the spouse; D1 works at E1, whose switchboard is a 415 number. Debtor C1 owes CN account
 * C-A1 and names reference CR1.
 */
export async function guardStore(): Promise<GraphStore> {
  const store = await openSqliteStore(':memory:');
  const person = (id: string, name: string, extra: Record<string, unknown> = {}): Person =>
    Person.parse({ id, name, ...extra });
  await store.upsertPersons([
    person('D1', 'Dana Debtor'),
    person('R1', 'Rex Reference'),
    person('S1', 'Sam Spouse'),
    person('C1', '张三'),
    person('CR1', '李四'),
  ]);
  await store.upsertAccounts([
    Account.parse({
      id: 'A1',
      debtorId: 'D1',
      product: 'card',
      currency: 'USD',
      principal: 1000,
      balance: 900,
      dueDate: '2026-01-01',
      jurisdiction: 'US-CA',
    }),
    Account.parse({
      id: 'C-A1',
      debtorId: 'C1',
      product: 'loan',
      currency: 'CNY',
      principal: 5000,
      balance: 5000,
      dueDate: '2026-01-01',
      jurisdiction: 'CN',
    }),
    Account.parse({
      id: 'G1',
      debtorId: 'D1',
      product: 'card',
      currency: 'GBP',
      principal: 100,
      balance: 100,
      dueDate: '2026-01-01',
      jurisdiction: 'GB',
    }),
  ]);
  await store.upsertEmployers([{ id: 'E1', name: 'Acme Widgets' }]);
  const phone = (e164: string): Phone => Phone.parse({ e164, status: 'active' });
  await store.upsertPhoneLinks([
    { owner: { kind: 'person', id: 'D1' }, phone: phone(PHONES.debtor), source: 'application' },
    { owner: { kind: 'person', id: 'R1' }, phone: phone(PHONES.reference), source: 'application' },
    { owner: { kind: 'person', id: 'S1' }, phone: phone(PHONES.spouse), source: 'application' },
    { owner: { kind: 'employer', id: 'E1' }, phone: phone(PHONES.workplace), source: 'bureau' },
    { owner: { kind: 'person', id: 'C1' }, phone: phone(PHONES.cnDebtor), source: 'application' },
    {
      owner: { kind: 'person', id: 'CR1' },
      phone: phone(PHONES.cnReference),
      source: 'application',
    },
  ]);
  await store.upsertAddresses([
    Address.parse({
      id: 'ADDR-NY',
      line: '1 Main St',
      city: 'Albany',
      region: 'NY',
      country: 'US',
    }),
  ]);
  await store.upsertResidences([
    { personId: 'D1', addressId: 'ADDR-NY', source: 'bureau', from: '2024-01-01' },
  ]);
  await store.upsertEmployments([{ personId: 'D1', employerId: 'E1', source: 'application' }]);
  await store.upsertRelations([
    { from: 'D1', to: 'R1', kind: 'reference', source: 'application' },
    { from: 'D1', to: 'S1', kind: 'spouse', source: 'application' },
    { from: 'C1', to: 'CR1', kind: 'reference', source: 'application' },
  ]);
  return store;
}
