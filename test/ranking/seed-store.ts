import { type Account, Person, type PhoneLink } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';

function person(id: string, name = `Person ${id}`): Person {
  return Person.parse({ id, name });
}

function account(
  id: string,
  debtorId: string,
  balance: number,
  status: Account['status'] = 'open',
): Account {
  return {
    id,
    debtorId,
    product: 'cash_loan',
    currency: 'CNY',
    principal: 10_000,
    balance,
    dueDate: '2026-08-01',
    jurisdiction: 'CN',
    status,
  };
}

function phone(ownerId: string, e164: string, lastSeen: string, source = 'application'): PhoneLink {
  return {
    owner: { kind: 'person', id: ownerId },
    phone: { e164, type: 'MOBILE', status: 'unknown' },
    source,
    lastSeen,
  };
}

/** A debtor D1 (three accounts, A1 guaranteed by G1), a reference R1, two phones, one shared by five unrelated debtors, two attempts. */
export async function seed(store: GraphStore): Promise<void> {
  await store.upsertPersons([
    person('D1', 'Zhang San'),
    person('R1', 'Li Wei'),
    person('G1', 'Wang Fang'),
    ...[1, 2, 3, 4, 5].map((i) => person(`X${i}`)),
  ]);
  await store.upsertAccounts([
    account('A1', 'D1', 8_000),
    account('A2', 'D1', 12_000, 'closed'),
    account('A3', 'D1', 3_000),
    ...[1, 2, 3, 4, 5].map((i) => account(`AX${i}`, `X${i}`, 1_000)),
  ]);
  await store.upsertObligations([
    { personId: 'G1', accountId: 'A1', role: 'guarantor', source: 'contract' },
  ]);
  await store.upsertRelations([
    { from: 'D1', to: 'R1', kind: 'reference', source: 'application', lastSeen: '2025-03-01' },
  ]);
  await store.upsertPhoneLinks([
    phone('D1', '+8613800000001', '2026-10-01'),
    phone('D1', '+8613800000002', '2026-10-01'),
    phone('R1', '+8613900000001', '2026-09-01'),
    phone('G1', '+8613700000001', '2026-01-01'),
    // five unrelated debtors hold the debtor's second number
    ...[1, 2, 3, 4, 5].map((i) => phone(`X${i}`, '+8613800000002', '2026-05-01')),
  ]);
  await store.recordAttempts([
    {
      id: 'T1',
      accountId: 'A1',
      at: '2026-11-20T08:00:00Z',
      channel: 'call',
      contact: { kind: 'phone', value: '+8613800000001' },
      personId: 'D1',
    },
    {
      id: 'T2',
      accountId: 'A1',
      at: '2026-11-20T09:00:00Z',
      channel: 'call',
      contact: { kind: 'phone', value: '+8613900000001' },
      personId: 'R1',
    },
  ]);
}
