import { beforeEach, describe, expect, it } from 'vitest';
import { Employment, Relation } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import {
  accounts,
  edgeId,
  expectWellFormed,
  loadFixture,
  nodeKeys,
  P_EMPLOYER,
  P_SHARED,
  person,
  persons,
  phoneLink,
} from './contract-fixture.js';

/**
 * The GraphIngest part of the store contract: upserts read back, idempotent, evidence kept per source, edges before nodes.
 * `current` gives the fresh store of the running test.
 */
export function graphIngestContract(current: () => GraphStore): void {
  describe('upserts', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

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
}
