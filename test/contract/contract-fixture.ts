import { expect } from 'vitest';
import type {
  DecisionAuditRecord,
  DispatchRecord,
  GraphEdge,
  Subgraph,
} from '../../src/domain/model/index.js';
import {
  Account,
  Address,
  Attempt,
  EmailLink,
  Employer,
  Employment,
  Obligation,
  Person,
  PhoneLink,
  Relation,
  Residence,
} from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';

/*
 * The store contract: what every GraphStore adapter must do, written only against the port so
 * any adapter runs it unchanged. Each test gets a fresh, empty store from the factory.
 *
 * The fixture (keys as node keys):
 *
 *   D1 Li Wei (debtor of A1) ── HAS_PHONE ──> +8613800138000 (own mobile)
 *      ├─ HAS_PHONE ──> +8613900139000 <── HAS_PHONE ── X1 Sun Li (debtor of A2 ── CO_BORROWS ── CB1)
 *      ├─ HAS_EMAIL ──> family@example.com <── HAS_EMAIL ── S1
 *      ├─ LIVED_AT ──> ADDR1 <── LIVED_AT ── S1, G1
 *      ├─ WORKS_AT ──> E1 Acme Trading ── HAS_PHONE ──> +862112345678 <── HAS_PHONE ── C1 (colleague)
 *      │                 ^── WORKS_AT ── C1
 *      ├─ KNOWS{reference} ──> R1 ── HAS_PHONE ──> +8613700137000
 *      │                        └─ KNOWS{friend} ──> F1 ── HAS_PHONE ──> +8613600136000
 *      └─ KNOWS{spouse} ──> S1
 *   G1 ── GUARANTEES ──> A1
 */

export const P_OWN = '+8613800138000';
export const P_SHARED = '+8613900139000';
export const P_EMPLOYER = '+862112345678';
export const P_REF = '+8613700137000';
export const P_FRIEND = '+8613600136000';
export const P_GUARANTOR = '+12025550143';

export function person(id: string, name: string, extra: Record<string, unknown> = {}): Person {
  return Person.parse({ id, name, ...extra });
}

export const persons: Person[] = [
  person('D1', 'Li Wei', { timezone: 'Asia/Shanghai', locale: 'zh-CN' }),
  person('R1', 'Zhang San'),
  person('S1', 'Wang Fang'),
  person('G1', 'Chen Jie', { timezone: 'America/New_York' }),
  person('C1', 'Zhao Lei'),
  person('F1', 'Qian Hui'),
  person('X1', 'Sun Li'),
  person('CB1', 'Zhou Min'),
];
export const accounts: Account[] = [
  Account.parse({
    id: 'A1',
    debtorId: 'D1',
    product: 'personal_loan',
    currency: 'CNY',
    principal: 50000,
    balance: 32000.5,
    dueDate: '2026-03-01',
    jurisdiction: 'CN',
  }),
  Account.parse({
    id: 'A2',
    debtorId: 'X1',
    product: 'credit_card',
    currency: 'CNY',
    principal: 8000,
    balance: 8000,
    dueDate: '2026-05-15',
    jurisdiction: 'CN',
    status: 'charged_off',
  }),
];
export const employers: Employer[] = [Employer.parse({ id: 'E1', name: 'Acme Trading' })];
export const addresses: Address[] = [
  Address.parse({
    id: 'ADDR1',
    line: '88 Nanjing Road',
    city: 'Shanghai',
    region: 'SH',
    country: 'CN',
    timezone: 'Asia/Shanghai',
  }),
  Address.parse({
    id: 'ADDR2',
    line: '12 Elm Street',
    city: 'Albany',
    region: 'NY',
    country: 'US',
    postcode: '12207',
  }),
];
export function phoneLink(
  kind: 'person' | 'employer',
  id: string,
  e164: string,
  extra: Record<string, unknown> = {},
): PhoneLink {
  return PhoneLink.parse({
    owner: { kind, id },
    phone: { e164, type: 'MOBILE', country: e164.startsWith('+1') ? 'US' : 'CN' },
    source: 'application',
    ...extra,
  });
}
export const phoneLinks: PhoneLink[] = [
  phoneLink('person', 'D1', P_OWN, { lastSeen: '2026-02-01', confidence: 0.9 }),
  phoneLink('person', 'D1', P_SHARED, { lastSeen: '2025-06-01' }),
  phoneLink('person', 'X1', P_SHARED, { source: 'bureau', lastSeen: '2026-01-10' }),
  PhoneLink.parse({
    owner: { kind: 'employer', id: 'E1' },
    phone: { e164: P_EMPLOYER, type: 'FIXED_LINE', country: 'CN' },
    source: 'application',
  }),
  PhoneLink.parse({
    owner: { kind: 'person', id: 'C1' },
    phone: { e164: P_EMPLOYER, type: 'FIXED_LINE', country: 'CN' },
    source: 'collector_note',
    lastSeen: '2025-11-20',
  }),
  phoneLink('person', 'R1', P_REF),
  phoneLink('person', 'F1', P_FRIEND),
  phoneLink('person', 'G1', P_GUARANTOR),
];
export const emailLinks: EmailLink[] = [
  EmailLink.parse({ personId: 'D1', address: 'family@example.com', source: 'application' }),
  EmailLink.parse({
    personId: 'S1',
    address: 'family@example.com',
    source: 'reference',
    lastSeen: '2025-12-01',
  }),
];
export const residences: Residence[] = [
  Residence.parse({
    personId: 'D1',
    addressId: 'ADDR1',
    source: 'application',
    from: '2020-01-01',
  }),
  Residence.parse({ personId: 'S1', addressId: 'ADDR1', source: 'reference' }),
  Residence.parse({
    personId: 'G1',
    addressId: 'ADDR1',
    source: 'bureau',
    from: '2018-05-01',
    to: '2021-09-30',
  }),
  Residence.parse({ personId: 'CB1', addressId: 'ADDR2', source: 'application' }),
];
export const employments: Employment[] = [
  Employment.parse({ personId: 'D1', employerId: 'E1', source: 'application', from: '2022-03-01' }),
  Employment.parse({ personId: 'C1', employerId: 'E1', source: 'collector_note' }),
];
export const relations: Relation[] = [
  Relation.parse({ from: 'D1', to: 'R1', kind: 'reference', source: 'application' }),
  Relation.parse({ from: 'D1', to: 'S1', kind: 'spouse', source: 'application' }),
  Relation.parse({ from: 'R1', to: 'F1', kind: 'friend', source: 'collector_note' }),
];
export const obligations: Obligation[] = [
  Obligation.parse({ personId: 'G1', accountId: 'A1', role: 'guarantor' }),
  Obligation.parse({ personId: 'CB1', accountId: 'A2', role: 'co_borrower' }),
];

/** Writes the whole fixture, nodes first as the importer does. */
export async function loadFixture(store: GraphStore): Promise<void> {
  await store.upsertPersons(persons);
  await store.upsertEmployers(employers);
  await store.upsertAddresses(addresses);
  await store.upsertAccounts(accounts);
  await store.upsertPhoneLinks(phoneLinks);
  await store.upsertEmailLinks(emailLinks);
  await store.upsertResidences(residences);
  await store.upsertEmployments(employments);
  await store.upsertRelations(relations);
  await store.upsertObligations(obligations);
}

export function attempt(id: string, at: string, extra: Partial<Attempt> = {}): Attempt {
  return Attempt.parse({
    id,
    accountId: 'A1',
    at,
    channel: 'call',
    contact: { kind: 'phone', value: P_OWN },
    personId: 'D1',
    ...extra,
  });
}

export function audit(
  id: string,
  at: string,
  extra: Partial<DecisionAuditRecord> = {},
): DecisionAuditRecord {
  return {
    id,
    at,
    kind: 'outreach',
    accountId: 'A1',
    debtorId: 'D1',
    channel: 'call',
    contact: { kind: 'phone', value: P_OWN },
    inputDigest: `digest-${id}`,
    outcome: 'allow',
    rules: [],
    policyVersion: 'v1',
    ...extra,
  };
}

export function dispatch(id: string, extra: Partial<DispatchRecord> = {}): DispatchRecord {
  return {
    id,
    attemptId: `att-${id}`,
    channel: 'sms',
    to: { kind: 'phone', value: P_OWN },
    message: 'Please call us back.',
    provider: 'outbox',
    status: 'queued',
    tries: 0,
    createdAt: '2026-04-01T09:00:00Z',
    updatedAt: '2026-04-01T09:00:00Z',
    ...extra,
  };
}

export const nodeKeys = (g: Subgraph): string[] => g.nodes.map((n) => n.key).sort();
export const edgeId = (e: GraphEdge): string => `${e.type}|${e.from}|${e.to}|${e.props.source}`;

/** Fails when a key or an edge appears twice, or an edge ends outside the node set. */
export function expectWellFormed(g: Subgraph): void {
  const keys = g.nodes.map((n) => n.key);
  expect(new Set(keys).size).toBe(keys.length);
  const ids = g.edges.map(edgeId);
  expect(new Set(ids).size).toBe(ids.length);
  const present = new Set(keys);
  for (const e of g.edges) {
    expect(present.has(e.from), `edge ${edgeId(e)} starts outside the subgraph`).toBe(true);
    expect(present.has(e.to), `edge ${edgeId(e)} ends outside the subgraph`).toBe(true);
  }
}

export const DEPTH_1 = [
  'account:A1',
  `email:family@example.com`,
  'address:ADDR1',
  'employer:E1',
  'person:D1',
  'person:R1',
  'person:S1',
  `phone:${P_OWN}`,
  `phone:${P_SHARED}`,
];
export const DEPTH_2 = [
  ...DEPTH_1,
  'person:G1',
  'person:X1',
  'person:C1',
  'person:F1',
  `phone:${P_EMPLOYER}`,
  `phone:${P_REF}`,
];
export const DEPTH_3 = [...DEPTH_2, 'account:A2', `phone:${P_FRIEND}`, `phone:${P_GUARANTOR}`];
