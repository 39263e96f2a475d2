import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AuditRecord,
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

const P_OWN = '+8613800138000';
const P_SHARED = '+8613900139000';
const P_EMPLOYER = '+862112345678';
const P_REF = '+8613700137000';
const P_FRIEND = '+8613600136000';
const P_GUARANTOR = '+12025550143';

function person(id: string, name: string, extra: Record<string, unknown> = {}): Person {
  return Person.parse({ id, name, ...extra });
}

const persons: Person[] = [
  person('D1', 'Li Wei', { timezone: 'Asia/Shanghai', locale: 'zh-CN' }),
  person('R1', 'Zhang San'),
  person('S1', 'Wang Fang'),
  person('G1', 'Chen Jie', { timezone: 'America/New_York' }),
  person('C1', 'Zhao Lei'),
  person('F1', 'Qian Hui'),
  person('X1', 'Sun Li'),
  person('CB1', 'Zhou Min'),
];
const accounts: Account[] = [
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
const employers: Employer[] = [Employer.parse({ id: 'E1', name: 'Acme Trading' })];
const addresses: Address[] = [
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
function phoneLink(
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
const phoneLinks: PhoneLink[] = [
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
const emailLinks: EmailLink[] = [
  EmailLink.parse({ personId: 'D1', address: 'family@example.com', source: 'application' }),
  EmailLink.parse({
    personId: 'S1',
    address: 'family@example.com',
    source: 'reference',
    lastSeen: '2025-12-01',
  }),
];
const residences: Residence[] = [
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
const employments: Employment[] = [
  Employment.parse({ personId: 'D1', employerId: 'E1', source: 'application', from: '2022-03-01' }),
  Employment.parse({ personId: 'C1', employerId: 'E1', source: 'collector_note' }),
];
const relations: Relation[] = [
  Relation.parse({ from: 'D1', to: 'R1', kind: 'reference', source: 'application' }),
  Relation.parse({ from: 'D1', to: 'S1', kind: 'spouse', source: 'application' }),
  Relation.parse({ from: 'R1', to: 'F1', kind: 'friend', source: 'collector_note' }),
];
const obligations: Obligation[] = [
  Obligation.parse({ personId: 'G1', accountId: 'A1', role: 'guarantor' }),
  Obligation.parse({ personId: 'CB1', accountId: 'A2', role: 'co_borrower' }),
];

/** Writes the whole fixture, nodes first as the importer does. */
async function loadFixture(store: GraphStore): Promise<void> {
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

function attempt(id: string, at: string, extra: Partial<Attempt> = {}): Attempt {
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

function audit(id: string, at: string, extra: Partial<AuditRecord> = {}): AuditRecord {
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

function dispatch(id: string, extra: Partial<DispatchRecord> = {}): DispatchRecord {
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

const nodeKeys = (g: Subgraph): string[] => g.nodes.map((n) => n.key).sort();
const edgeId = (e: GraphEdge): string => `${e.type}|${e.from}|${e.to}|${e.props.source}`;

/** Fails when a key or an edge appears twice, or an edge ends outside the node set. */
function expectWellFormed(g: Subgraph): void {
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

const DEPTH_1 = [
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
const DEPTH_2 = [
  ...DEPTH_1,
  'person:G1',
  'person:X1',
  'person:C1',
  'person:F1',
  `phone:${P_EMPLOYER}`,
  `phone:${P_REF}`,
];
const DEPTH_3 = [...DEPTH_2, 'account:A2', `phone:${P_FRIEND}`, `phone:${P_GUARANTOR}`];

/**
 * The GraphStore contract as a vitest suite. `makeStore` must return a fresh, empty store; it is
 * called before each test and the store is closed after it. Pass `opts.skip` (a reason) when the
 * adapter cannot run here: the suite is then reported as skipped with that reason.
 */
export function runGraphStoreContract(
  name: string,
  makeStore: () => Promise<GraphStore>,
  opts: { skip?: string } = {},
): void {
  if (opts.skip !== undefined) {
    console.info(`[contract] ${name}: skipped: ${opts.skip}`);
    describe.skip(`GraphStore contract: ${name} (skipped: ${opts.skip})`, () => {
      it('runs where the adapter is available', () => undefined);
    });
    return;
  }

  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await makeStore();
    });

    afterEach(async () => {
      await store.close();
    });

    describe('upserts', () => {
      it('reads back every node kind as written', async () => {
        await loadFixture(store);
        expect(await store.getPerson('D1')).toEqual(persons[0]);
        expect(await store.getAccount('A2')).toEqual(accounts[1]);
        expect(await store.getPhone(P_EMPLOYER)).toEqual({
          e164: P_EMPLOYER,
          type: 'FIXED_LINE',
          country: 'CN',
          status: 'unknown',
        });
        expect(await store.getPerson('nobody')).toBeUndefined();
        expect(await store.getAccount('nothing')).toBeUndefined();
        expect(await store.getPhone('+8613000000000')).toBeUndefined();
      });

      it('counts each node kind and relationship type', async () => {
        await loadFixture(store);
        const c = await store.counts();
        expect(c.nodes).toMatchObject({
          person: 8,
          account: 2,
          phone: 6,
          email: 1,
          address: 2,
          employer: 1,
        });
        expect(c.edges).toMatchObject({
          OWES: 2,
          GUARANTEES: 1,
          CO_BORROWS: 1,
          HAS_PHONE: 8,
          HAS_EMAIL: 2,
          LIVED_AT: 4,
          WORKS_AT: 2,
          KNOWS: 3,
        });
      });

      it('is idempotent: writing everything again changes no count and no neighbourhood', async () => {
        await loadFixture(store);
        const counts = await store.counts();
        const graph = await store.neighbourhood('D1', 3);
        await loadFixture(store);
        await loadFixture(store);
        expect(await store.counts()).toEqual(counts);
        const again = await store.neighbourhood('D1', 3);
        expect(nodeKeys(again)).toEqual(nodeKeys(graph));
        expect(again.edges.map(edgeId).sort()).toEqual(graph.edges.map(edgeId).sort());
      });

      it('keeps one relationship per source and updates it in place', async () => {
        await loadFixture(store);
        await store.upsertPhoneLinks([
          phoneLink('person', 'X1', P_SHARED, { source: 'bureau', lastSeen: '2026-03-05' }),
        ]);
        await store.upsertPhoneLinks([
          phoneLink('person', 'X1', P_SHARED, { source: 'inbound_call', lastSeen: '2026-03-06' }),
        ]);
        const c = await store.counts();
        expect(c.edges['HAS_PHONE']).toBe(9);
        const shared = await store.sharedIdentifiers({ kind: 'phone', value: P_SHARED });
        expect(shared.holders.filter((h) => h.id === 'X1')).toHaveLength(1);
        expect(shared.holders.find((h) => h.id === 'X1')?.lastSeen).toBe('2026-03-06');
      });

      it('updates node properties on re-upsert', async () => {
        await loadFixture(store);
        await store.upsertPersons([person('R1', 'Zhang San (Sam)')]);
        await store.upsertAccounts([{ ...accounts[0]!, balance: 100, status: 'settled' }]);
        await store.upsertEmployers([{ id: 'E1', name: 'Acme Trading Co.' }]);
        expect((await store.getPerson('R1'))?.name).toBe('Zhang San (Sam)');
        expect(await store.getAccount('A1')).toMatchObject({ balance: 100, status: 'settled' });
        const g = await store.neighbourhood('D1', 1);
        expect(g.nodes.find((n) => n.key === 'employer:E1')?.data).toEqual({
          id: 'E1',
          name: 'Acme Trading Co.',
        });
        expect((await store.counts()).nodes).toMatchObject({ person: 8, account: 2, employer: 1 });
      });

      it('moves the OWES relationship when an account changes debtor', async () => {
        await loadFixture(store);
        await store.upsertAccounts([{ ...accounts[1]!, debtorId: 'CB1' }]);
        expect((await store.accountsOf('X1')).map((a) => a.account.id)).toEqual([]);
        expect((await store.accountsOf('CB1')).map((a) => [a.account.id, a.role]).sort()).toEqual([
          ['A2', 'co_borrower'],
          ['A2', 'debtor'],
        ]);
        expect((await store.counts()).edges['OWES']).toBe(2);
      });

      it('accepts an empty batch', async () => {
        await store.upsertPersons([]);
        await store.upsertPhoneLinks([]);
        await store.recordAttempts([]);
        expect((await store.counts()).nodes['person'] ?? 0).toBe(0);
      });

      it('accepts relationships before their nodes and shows them once the nodes arrive', async () => {
        await store.upsertRelations([
          Relation.parse({ from: 'N1', to: 'N2', kind: 'sibling', source: 'application' }),
        ]);
        await store.upsertEmployments([
          Employment.parse({ personId: 'N1', employerId: 'EN', source: 'application' }),
        ]);
        await store.upsertPersons([person('N1', 'Early Bird'), person('N2', 'Late Comer')]);
        await store.upsertEmployers([{ id: 'EN', name: 'Night Shift Ltd' }]);
        const g = await store.neighbourhood('N1', 1);
        expectWellFormed(g);
        expect(nodeKeys(g)).toEqual(['employer:EN', 'person:N1', 'person:N2']);
        expect(g.edges.find((e) => e.type === 'KNOWS')?.props.kind).toBe('sibling');
      });
    });

    describe('phone status', () => {
      it('keeps a stored status when an upsert carries none (unknown)', async () => {
        await loadFixture(store);
        await store.setPhoneStatus(P_SHARED, 'invalid', '2026-04-02T10:00:00Z');
        await store.upsertPhoneLinks([
          phoneLink('person', 'D1', P_SHARED, { lastSeen: '2026-04-03' }),
        ]);
        expect(await store.getPhone(P_SHARED)).toMatchObject({
          status: 'invalid',
          statusAt: '2026-04-02T10:00:00Z',
          type: 'MOBILE',
        });
      });

      it('takes a status the row sets explicitly', async () => {
        await loadFixture(store);
        await store.setPhoneStatus(P_OWN, 'suspended', '2026-04-02T10:00:00Z');
        await store.upsertPhoneLinks([
          PhoneLink.parse({
            owner: { kind: 'person', id: 'D1' },
            phone: {
              e164: P_OWN,
              type: 'MOBILE',
              status: 'active',
              statusAt: '2026-04-05T00:00:00Z',
            },
            source: 'bureau',
          }),
        ]);
        expect(await store.getPhone(P_OWN)).toMatchObject({
          status: 'active',
          statusAt: '2026-04-05T00:00:00Z',
        });
      });
    });

    describe('person flags', () => {
      it('patches flags and leaves the others alone', async () => {
        await loadFixture(store);
        await store.setPersonFlags('D1', { ceaseContact: true, optOut: ['sms'] });
        const p = await store.getPerson('D1');
        expect(p?.flags).toMatchObject({
          ceaseContact: true,
          optOut: ['sms'],
          disputed: false,
          deceased: false,
        });
        expect(p?.name).toBe('Li Wei');
        await store.setPersonFlags('D1', {
          attorney: { name: 'Counsel Wu', phone: '+8613500135000' },
        });
        expect((await store.getPerson('D1'))?.flags).toMatchObject({
          ceaseContact: true,
          attorney: { name: 'Counsel Wu', phone: '+8613500135000' },
        });
      });

      it('lifts a flag only through setPersonFlags, never through a re-import', async () => {
        await loadFixture(store);
        await store.setPersonFlags('D1', { ceaseContact: true, optOut: ['call'] });
        await store.upsertPersons([persons[0]!]);
        expect((await store.getPerson('D1'))?.flags).toMatchObject({
          ceaseContact: true,
          optOut: ['call'],
        });
        await store.upsertPersons([
          person('D1', 'Li Wei', { flags: { disputed: true, optOut: ['email'] } }),
        ]);
        const flags = (await store.getPerson('D1'))?.flags;
        expect(flags).toMatchObject({ ceaseContact: true, disputed: true });
        expect([...(flags?.optOut ?? [])].sort()).toEqual(['call', 'email']);
        await store.setPersonFlags('D1', { ceaseContact: false });
        expect((await store.getPerson('D1'))?.flags.ceaseContact).toBe(false);
      });

      it('ignores a patch for an unknown person', async () => {
        await store.setPersonFlags('ghost', { ceaseContact: true });
        expect(await store.getPerson('ghost')).toBeUndefined();
      });
    });

    describe('neighbourhood', () => {
      it('depth 1: the debtor, their account, phones, email, address, employer and direct relations', async () => {
        await loadFixture(store);
        const g = await store.neighbourhood('D1', 1);
        expectWellFormed(g);
        expect(nodeKeys(g)).toEqual([...DEPTH_1].sort());
        expect(
          g.edges.find((e) => e.type === 'KNOWS' && e.to === 'person:S1')?.props,
        ).toMatchObject({ kind: 'spouse', source: 'application' });
        expect(
          g.edges.find((e) => e.type === 'LIVED_AT' && e.from === 'person:D1')?.props,
        ).toMatchObject({ from: '2020-01-01' });
        expect(
          g.edges.find((e) => e.type === 'HAS_PHONE' && e.to === `phone:${P_OWN}`)?.props,
        ).toMatchObject({ lastSeen: '2026-02-01', confidence: 0.9 });
        expect(
          g.edges.some((e) => e.type === 'OWES' && e.from === 'person:D1' && e.to === 'account:A1'),
        ).toBe(true);
      });

      it('nodes carry their full data', async () => {
        await loadFixture(store);
        const g = await store.neighbourhood('D1', 1);
        const byKey = new Map(g.nodes.map((n) => [n.key, n]));
        expect(byKey.get('person:D1')).toEqual({
          key: 'person:D1',
          kind: 'person',
          data: persons[0],
        });
        expect(byKey.get('account:A1')).toEqual({
          key: 'account:A1',
          kind: 'account',
          data: accounts[0],
        });
        expect(byKey.get('address:ADDR1')).toEqual({
          key: 'address:ADDR1',
          kind: 'address',
          data: addresses[0],
        });
        expect(byKey.get(`phone:${P_OWN}`)?.data).toMatchObject({
          e164: P_OWN,
          type: 'MOBILE',
          country: 'CN',
          status: 'unknown',
        });
        expect(byKey.get('email:family@example.com')).toEqual({
          key: 'email:family@example.com',
          kind: 'email',
          data: { address: 'family@example.com' },
        });
        expect(byKey.get('employer:E1')).toEqual({
          key: 'employer:E1',
          kind: 'employer',
          data: employers[0],
        });
      });

      it('depth 2: references, guarantor, employer phone, colleagues and other holders of shared points', async () => {
        await loadFixture(store);
        const g = await store.neighbourhood('D1', 2);
        expectWellFormed(g);
        expect(nodeKeys(g)).toEqual([...DEPTH_2].sort());
        expect(
          g.edges.some(
            (e) =>
              e.type === 'HAS_PHONE' && e.from === 'employer:E1' && e.to === `phone:${P_EMPLOYER}`,
          ),
        ).toBe(true);
        expect(
          g.edges.some(
            (e) => e.type === 'GUARANTEES' && e.from === 'person:G1' && e.to === 'account:A1',
          ),
        ).toBe(true);
        expect(
          g.edges.some(
            (e) => e.type === 'HAS_PHONE' && e.from === 'person:R1' && e.to === `phone:${P_REF}`,
          ),
        ).toBe(true);
      });

      it('depth 3: one hop further, each node and relationship once', async () => {
        await loadFixture(store);
        const g = await store.neighbourhood('D1', 3);
        expectWellFormed(g);
        expect(nodeKeys(g)).toEqual([...DEPTH_3].sort());
        expect(
          g.edges.some((e) => e.type === 'OWES' && e.from === 'person:X1' && e.to === 'account:A2'),
        ).toBe(true);
        expect(
          g.edges.some(
            (e) => e.type === 'HAS_PHONE' && e.from === 'person:F1' && e.to === `phone:${P_FRIEND}`,
          ),
        ).toBe(true);
        expect(g.nodes.every((n) => !n.key.startsWith('attempt'))).toBe(true);
      });

      it('walks relationships in both directions', async () => {
        await loadFixture(store);
        const g = await store.neighbourhood('F1', 1);
        expect(nodeKeys(g)).toEqual(['person:F1', 'person:R1', `phone:${P_FRIEND}`].sort());
      });

      it('an unknown person has an empty neighbourhood', async () => {
        await loadFixture(store);
        const g = await store.neighbourhood('nobody', 2);
        expect(g.nodes).toEqual([]);
        expect(g.edges).toEqual([]);
      });

      it('rejects a depth outside 1..3', async () => {
        await loadFixture(store);
        await expect(store.neighbourhood('D1', 0)).rejects.toThrow(RangeError);
        await expect(store.neighbourhood('D1', 4)).rejects.toThrow(RangeError);
        await expect(store.neighbourhood('D1', 1.5)).rejects.toThrow(RangeError);
      });
    });

    describe('shared identifiers', () => {
      it('a shared phone: every holder, debtor or not, with source and last seen, and the phone itself', async () => {
        await loadFixture(store);
        await store.setPhoneStatus(P_SHARED, 'suspended', '2026-03-01T00:00:00Z');
        const s = await store.sharedIdentifiers({ kind: 'phone', value: P_SHARED });
        expect(s.contact).toEqual({ kind: 'phone', value: P_SHARED });
        expect(s.phone).toMatchObject({ e164: P_SHARED, status: 'suspended' });
        const holders = [...s.holders].sort((a, b) => a.id.localeCompare(b.id));
        expect(holders).toEqual([
          {
            kind: 'person',
            id: 'D1',
            name: 'Li Wei',
            isDebtor: true,
            source: 'application',
            lastSeen: '2025-06-01',
          },
          {
            kind: 'person',
            id: 'X1',
            name: 'Sun Li',
            isDebtor: true,
            source: 'bureau',
            lastSeen: '2026-01-10',
          },
        ]);
      });

      it('an employer phone: the employer and a person who answered it', async () => {
        await loadFixture(store);
        const s = await store.sharedIdentifiers({ kind: 'phone', value: P_EMPLOYER });
        const holders = [...s.holders].sort((a, b) => a.id.localeCompare(b.id));
        expect(holders.map((h) => [h.kind, h.id, h.name, h.isDebtor, h.source])).toEqual([
          ['person', 'C1', 'Zhao Lei', false, 'collector_note'],
          ['employer', 'E1', 'Acme Trading', false, 'application'],
        ]);
      });

      it('a shared email and a shared address; a guarantor counts as owing', async () => {
        await loadFixture(store);
        const email = await store.sharedIdentifiers({ kind: 'email', value: 'family@example.com' });
        expect(email.phone).toBeUndefined();
        expect(email.holders.map((h) => [h.id, h.isDebtor]).sort()).toEqual([
          ['D1', true],
          ['S1', false],
        ]);
        const address = await store.sharedIdentifiers({ kind: 'address', value: 'ADDR1' });
        expect(address.holders.map((h) => [h.id, h.isDebtor, h.source]).sort()).toEqual([
          ['D1', true, 'application'],
          ['G1', true, 'bureau'],
          ['S1', false, 'reference'],
        ]);
      });

      it('debtorsHolding, where an adapter offers it, agrees with the owing persons of sharedIdentifiers', async () => {
        if (store.debtorsHolding === undefined) return;
        await loadFixture(store);
        const contacts = [
          { kind: 'phone' as const, value: P_SHARED },
          { kind: 'phone' as const, value: P_EMPLOYER },
          { kind: 'email' as const, value: 'family@example.com' },
          { kind: 'address' as const, value: 'ADDR1' },
          { kind: 'address' as const, value: 'ADDR2' },
          { kind: 'phone' as const, value: '+8613000000000' },
        ];
        const batch = await store.debtorsHolding(contacts);
        expect(batch.map((b) => b.contact)).toEqual(contacts);
        for (const [i, contact] of contacts.entries()) {
          const shared = await store.sharedIdentifiers(contact);
          const owing = shared.holders
            .filter((h) => h.kind === 'person' && h.isDebtor)
            .map((h) => h.id)
            .sort();
          expect(
            [...(batch[i]?.debtorIds ?? [])].sort(),
            `${contact.kind} ${contact.value}`,
          ).toEqual(owing);
        }
        expect(batch[0]?.debtorIds.slice().sort()).toEqual(['D1', 'X1']);
        expect(batch[3]?.debtorIds.slice().sort()).toEqual(['D1', 'G1']);
        expect(batch[4]?.debtorIds).toEqual(['CB1']);
        expect(await store.debtorsHolding([])).toEqual([]);
      });

      it('a contact point nobody holds has no holders', async () => {
        await loadFixture(store);
        const s = await store.sharedIdentifiers({ kind: 'phone', value: '+8613000000000' });
        expect(s.holders).toEqual([]);
        expect(s.phone).toBeUndefined();
      });
    });

    describe('look-ups', () => {
      it('accountsOf names the role on each account', async () => {
        await loadFixture(store);
        expect((await store.accountsOf('D1')).map((a) => [a.account.id, a.role])).toEqual([
          ['A1', 'debtor'],
        ]);
        expect((await store.accountsOf('G1')).map((a) => [a.account.id, a.role])).toEqual([
          ['A1', 'guarantor'],
        ]);
        expect((await store.accountsOf('CB1')).map((a) => [a.account.id, a.role])).toEqual([
          ['A2', 'co_borrower'],
        ]);
        expect((await store.accountsOf('G1'))[0]?.account).toEqual(accounts[0]);
        expect(await store.accountsOf('R1')).toEqual([]);
      });

      it('findPersons by id, by part of a name, and by phone, within the limit', async () => {
        await loadFixture(store);
        expect((await store.findPersons({ text: 'CB1' })).map((p) => p.id)).toEqual(['CB1']);
        expect((await store.findPersons({ text: 'Wei' })).map((p) => p.id)).toEqual(['D1']);
        expect((await store.findPersons({ text: 'Li' })).map((p) => p.id).sort()).toEqual([
          'D1',
          'X1',
        ]);
        expect((await store.findPersons({ phone: P_SHARED })).map((p) => p.id).sort()).toEqual([
          'D1',
          'X1',
        ]);
        expect((await store.findPersons({ phone: P_EMPLOYER })).map((p) => p.id)).toEqual(['C1']);
        expect(await store.findPersons({ text: 'Nobody Here' })).toEqual([]);
        expect(await store.findPersons({ text: 'n', limit: 2 })).toHaveLength(2);
        expect((await store.findPersons({ text: 'Wei' }))[0]).toEqual(persons[0]);
      });
    });

    describe('attempts', () => {
      const history: Attempt[] = [
        attempt('T1', '2026-04-01T08:00:00Z', { outcome: 'no_answer' }),
        attempt('T2', '2026-04-02T08:00:00Z', { channel: 'sms' }),
        attempt('T3', '2026-04-03T08:00:00Z', {
          contact: { kind: 'phone', value: P_REF },
          personId: 'R1',
          outcome: 'third_party',
        }),
        attempt('T4', '2026-04-04T08:00:00Z', {
          accountId: 'A2',
          personId: 'X1',
          contact: { kind: 'phone', value: P_SHARED },
        }),
        attempt('T5', '2026-04-05T08:00:00Z', {
          channel: 'email',
          contact: { kind: 'email', value: 'family@example.com' },
        }),
        attempt('T6', '2026-04-06T08:00:00Z', {
          channel: 'visit',
          contact: { kind: 'address', value: 'ADDR1' },
          personId: undefined,
        }),
      ];

      it('reads an attempt back as recorded', async () => {
        await store.recordAttempts(history);
        expect(await store.getAttempt('T1')).toEqual(history[0]);
        expect(await store.getAttempt('T6')).toEqual(history[5]);
        expect(await store.getAttempt('nope')).toBeUndefined();
      });

      it('lists by account, person and contact point, ordered by time', async () => {
        await store.recordAttempts([...history].reverse());
        expect((await store.listAttempts({ accountId: 'A1' })).map((a) => a.id)).toEqual([
          'T1',
          'T2',
          'T3',
          'T5',
          'T6',
        ]);
        expect((await store.listAttempts({ accountId: 'A2' })).map((a) => a.id)).toEqual(['T4']);
        expect((await store.listAttempts({ personId: 'D1' })).map((a) => a.id)).toEqual([
          'T1',
          'T2',
          'T5',
        ]);
        expect(
          (await store.listAttempts({ contact: { kind: 'phone', value: P_OWN } })).map((a) => a.id),
        ).toEqual(['T1', 'T2']);
        expect(
          (await store.listAttempts({ contact: { kind: 'address', value: 'ADDR1' } })).map(
            (a) => a.id,
          ),
        ).toEqual(['T6']);
        expect(
          (await store.listAttempts({ accountId: 'A1', personId: 'R1' })).map((a) => a.id),
        ).toEqual(['T3']);
        expect((await store.listAttempts({ accountId: 'A1', limit: 2 })).map((a) => a.id)).toEqual([
          'T1',
          'T2',
        ]);
      });

      it('windows are [from, to): the start is included, the end excluded', async () => {
        await store.recordAttempts(history);
        const window = {
          accountId: 'A1',
          from: '2026-04-02T08:00:00Z',
          to: '2026-04-05T08:00:00Z',
        };
        expect((await store.listAttempts(window)).map((a) => a.id)).toEqual(['T2', 'T3']);
        expect(
          (await store.listAttempts({ personId: 'D1', from: '2026-04-02T08:00:00.001Z' })).map(
            (a) => a.id,
          ),
        ).toEqual(['T5']);
        expect(
          (await store.listAttempts({ accountId: 'A1', to: '2026-04-01T08:00:00Z' })).map(
            (a) => a.id,
          ),
        ).toEqual([]);
      });

      it('compares instants, not text, when offsets differ', async () => {
        await store.recordAttempts([attempt('Z1', '2026-04-02T09:30:00+08:00')]);
        // 2026-04-02T09:30+08:00 is 01:30Z.
        expect(
          (
            await store.listAttempts({
              accountId: 'A1',
              from: '2026-04-02T01:00:00Z',
              to: '2026-04-02T02:00:00Z',
            })
          ).map((a) => a.id),
        ).toEqual(['Z1']);
        expect(
          (await store.listAttempts({ accountId: 'A1', from: '2026-04-02T02:00:00Z' })).map(
            (a) => a.id,
          ),
        ).toEqual([]);
      });

      it('recording an attempt id again leaves the stored one as it is', async () => {
        await store.recordAttempts(history);
        await store.recordAttempts([{ ...history[0]!, outcome: 'right_party', channel: 'sms' }]);
        expect(await store.getAttempt('T1')).toEqual(history[0]);
        expect(await store.listAttempts({ accountId: 'A1' })).toHaveLength(5);
      });

      it('setAttemptOutcome updates and returns the attempt; an unknown id gives undefined', async () => {
        await store.recordAttempts(history);
        const updated = await store.setAttemptOutcome(
          'T2',
          'promise_to_pay',
          '2026-04-02T08:05:00Z',
        );
        expect(updated).toEqual({
          ...history[1],
          outcome: 'promise_to_pay',
          outcomeAt: '2026-04-02T08:05:00Z',
        });
        expect(await store.getAttempt('T2')).toEqual(updated);
        expect(
          await store.setAttemptOutcome('missing', 'busy', '2026-04-02T08:05:00Z'),
        ).toBeUndefined();
      });

      it('setAttemptOutcome keeps the collector note when given, and a later outcome without one keeps it', async () => {
        await store.recordAttempts(history);
        const noted = await store.setAttemptOutcome(
          'T1',
          'wrong_party',
          '2026-04-01T08:02:00Z',
          'answered by a colleague',
        );
        expect(noted).toMatchObject({ outcome: 'wrong_party', note: 'answered by a colleague' });
        await store.setAttemptOutcome('T1', 'no_answer', '2026-04-01T08:03:00Z');
        expect(await store.getAttempt('T1')).toMatchObject({
          outcome: 'no_answer',
          outcomeAt: '2026-04-01T08:03:00Z',
          note: 'answered by a colleague',
        });
      });
    });

    describe('transactions', () => {
      it('commits everything the body wrote and returns its value', async () => {
        const result = await store.transaction(async (tx) => {
          await tx.upsertPersons([person('TX1', 'Committed')]);
          await tx.recordAttempts([attempt('TA1', '2026-04-01T00:00:00Z')]);
          return 'done';
        });
        expect(result).toBe('done');
        expect(await store.getPerson('TX1')).toBeDefined();
        expect(await store.getAttempt('TA1')).toBeDefined();
      });

      it('rolls back everything when the body throws, and rethrows', async () => {
        await store.upsertPersons([person('KEEP', 'Kept')]);
        const failure = new Error('body failed');
        await expect(
          store.transaction(async (tx) => {
            await tx.upsertPersons([person('TX2', 'Rolled Back'), person('KEEP', 'Renamed')]);
            await tx.recordAttempts([attempt('TA2', '2026-04-01T00:00:00Z')]);
            await tx.appendAudit(audit('AU-TX', '2026-04-01T00:00:00Z'));
            expect(await tx.getPerson('TX2')).toBeDefined();
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await store.getPerson('TX2')).toBeUndefined();
        expect((await store.getPerson('KEEP'))?.name).toBe('Kept');
        expect(await store.getAttempt('TA2')).toBeUndefined();
        expect(await store.listAudit({})).toEqual([]);
      });

      it('a nested transaction runs inside the outer one and rolls back with it', async () => {
        await expect(
          store.transaction(async (tx) => {
            await tx.transaction(async (inner) => {
              await inner.upsertPersons([person('NEST', 'Nested')]);
            });
            expect(await tx.getPerson('NEST')).toBeDefined();
            throw new Error('outer failed');
          }),
        ).rejects.toThrow('outer failed');
        expect(await store.getPerson('NEST')).toBeUndefined();
      });

      it('50 concurrent check-then-record transactions never exceed a cap of 3', async () => {
        await loadFixture(store);
        const cap = 3;
        const tries = Array.from({ length: 50 }, (_, i) =>
          store.transaction(async (tx) => {
            await tx.lockAccount('A1');
            const recent = await tx.listAttempts({
              accountId: 'A1',
              from: '2026-04-01T00:00:00Z',
              to: '2026-04-02T00:00:00Z',
            });
            if (recent.length >= cap) return false;
            // Give other callers every chance to interleave between the check and the write.
            await new Promise((resolve) => setTimeout(resolve, 0));
            await tx.recordAttempts([
              attempt(`CAP${i}`, `2026-04-01T10:${String(i).padStart(2, '0')}:00Z`),
            ]);
            return true;
          }),
        );
        const results = await Promise.all(tries);
        expect(results.filter(Boolean)).toHaveLength(cap);
        expect(await store.listAttempts({ accountId: 'A1' })).toHaveLength(cap);
      });
    });

    describe('audit', () => {
      const records: AuditRecord[] = [
        audit('AU1', '2026-04-01T08:00:00Z'),
        audit('AU2', '2026-04-02T08:00:00Z', {
          outcome: 'deny',
          rules: [
            {
              id: 'time-window',
              policy: 'cn',
              reason: 'outside 08:00-21:00',
              nextAllowedAt: '2026-04-03T00:00:00Z',
            },
          ],
        }),
        audit('AU3', '2026-04-03T08:00:00Z', { accountId: 'A2', debtorId: 'X1', kind: 'check' }),
        audit('AU4', '2026-04-04T08:00:00Z', {
          outcome: 'deny',
          actor: 'collector-7',
          attemptId: 'T9',
        }),
      ];

      it('lists newest first and returns records as appended', async () => {
        for (const r of records) await store.appendAudit(r);
        const all = await store.listAudit({});
        expect(all.map((r) => r.id)).toEqual(['AU4', 'AU3', 'AU2', 'AU1']);
        expect(all[2]).toEqual(records[1]);
      });

      it('filters by account, debtor, outcome and [from, to), with a limit', async () => {
        for (const r of records) await store.appendAudit(r);
        expect((await store.listAudit({ accountId: 'A2' })).map((r) => r.id)).toEqual(['AU3']);
        expect((await store.listAudit({ debtorId: 'D1' })).map((r) => r.id)).toEqual([
          'AU4',
          'AU2',
          'AU1',
        ]);
        expect((await store.listAudit({ outcome: 'deny' })).map((r) => r.id)).toEqual([
          'AU4',
          'AU2',
        ]);
        expect(
          (await store.listAudit({ from: '2026-04-02T08:00:00Z', to: '2026-04-04T08:00:00Z' })).map(
            (r) => r.id,
          ),
        ).toEqual(['AU3', 'AU2']);
        expect(
          (await store.listAudit({ debtorId: 'D1', outcome: 'allow' })).map((r) => r.id),
        ).toEqual(['AU1']);
        expect((await store.listAudit({ limit: 2 })).map((r) => r.id)).toEqual(['AU4', 'AU3']);
      });
    });

    describe('receipts', () => {
      it('stores the first receipt for a key and refuses a second', async () => {
        const first = {
          idempotencyKey: 'key-1',
          requestDigest: 'abc',
          status: 202,
          body: { attemptId: 'T1', nested: [1, 2] },
          createdAt: '2026-04-01T00:00:00Z',
        };
        expect(await store.putReceipt(first)).toBe(true);
        expect(
          await store.putReceipt({
            ...first,
            requestDigest: 'def',
            status: 409,
            body: { other: true },
          }),
        ).toBe(false);
        expect(await store.getReceipt('key-1')).toEqual(first);
        expect(await store.getReceipt('key-2')).toBeUndefined();
      });

      it('concurrent puts of one key: exactly one wins', async () => {
        const puts = Array.from({ length: 20 }, (_, i) =>
          store.putReceipt({
            idempotencyKey: 'race',
            requestDigest: `d${i}`,
            status: 202,
            body: { i },
            createdAt: '2026-04-01T00:00:00Z',
          }),
        );
        expect((await Promise.all(puts)).filter(Boolean)).toHaveLength(1);
      });
    });

    describe('outbox', () => {
      it('enqueues, lists in queue order, filters by status and updates', async () => {
        await store.enqueueDispatch(dispatch('O1'));
        await store.enqueueDispatch(
          dispatch('O2', {
            channel: 'email',
            to: { kind: 'email', value: 'family@example.com' },
            message: undefined,
          }),
        );
        await store.enqueueDispatch(dispatch('O3'));
        expect((await store.listOutbox({})).map((d) => d.id)).toEqual(['O1', 'O2', 'O3']);
        expect((await store.listOutbox({}))[0]).toEqual(dispatch('O1'));
        expect((await store.listOutbox({ limit: 2 })).map((d) => d.id)).toEqual(['O1', 'O2']);

        await store.updateDispatch('O2', {
          status: 'failed',
          tries: 3,
          lastError: 'provider timeout',
          updatedAt: '2026-04-01T09:05:00Z',
        });
        await store.updateDispatch('O1', {
          status: 'sent',
          tries: 1,
          updatedAt: '2026-04-01T09:01:00Z',
        });
        expect((await store.listOutbox({ status: 'queued' })).map((d) => d.id)).toEqual(['O3']);
        const failed = await store.listOutbox({ status: 'failed' });
        expect(failed).toHaveLength(1);
        expect(failed[0]).toMatchObject({
          id: 'O2',
          status: 'failed',
          tries: 3,
          lastError: 'provider timeout',
          updatedAt: '2026-04-01T09:05:00Z',
          channel: 'email',
        });
        expect(failed[0]?.message).toBeUndefined();

        await store.updateDispatch('O2', { status: 'queued', updatedAt: '2026-04-01T10:00:00Z' });
        expect((await store.listOutbox({ status: 'queued' })).map((d) => [d.id, d.tries])).toEqual([
          ['O2', 3],
          ['O3', 0],
        ]);
      });
    });

    describe('health', () => {
      it('ping resolves on a working store', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });
    });
  });
}
