import { beforeEach, describe, expect, it } from 'vitest';
import { Obligation, type Subgraph } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { firstHop } from '../../src/store/port-rules.js';
import {
  accounts,
  addresses,
  DEPTH_1,
  DEPTH_2,
  DEPTH_3,
  employers,
  expectWellFormed,
  loadFixture,
  nodeKeys,
  P_EMPLOYER,
  P_FRIEND,
  P_OWN,
  P_REF,
  P_SHARED,
  persons,
} from './contract-fixture.js';

/**
 * The GraphReads part of the store contract: neighbourhoods and look-ups over the fixture graph
 * (shared contact points: sharing-reads.contract.ts).
 * `current` gives the fresh store of the running test.
 */
export function graphReadsContract(current: () => GraphStore): void {
  describe('neighbourhood', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    it('depth 1: the debtor, their account, phones, email, address, employer and direct relations', async () => {
      await loadFixture(store);
      const g = await store.neighbourhood('D1', 1);
      expectWellFormed(g);
      expect(nodeKeys(g)).toEqual([...DEPTH_1].sort());
      expect(g.edges.find((e) => e.type === 'KNOWS' && e.to === 'person:S1')?.props).toMatchObject({
        kind: 'spouse',
        source: 'application',
      });
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

    it('neighbourhoodsOf, where an adapter offers it, answers each person as neighbourhood(id, 1) does, in order', async () => {
      if (store.neighbourhoodsOf === undefined) return;
      await loadFixture(store);
      const ids = ['D1', 'F1', 'nobody', 'R1', 'D1', 'S1'];
      const batch = await store.neighbourhoodsOf(ids);
      expect(batch).toHaveLength(ids.length);
      const sorted = (g: Subgraph | undefined) => ({
        nodes: [...(g?.nodes ?? [])].sort((a, b) => a.key.localeCompare(b.key)),
        edges: [...(g?.edges ?? [])].sort((a, b) =>
          `${a.type} ${a.from} ${a.to} ${a.props.source}`.localeCompare(
            `${b.type} ${b.from} ${b.to} ${b.props.source}`,
          ),
        ),
        truncated: g?.truncated,
      });
      // Nodes the caller already read may be taken from what it read: the same answer either way.
      const known = await store.neighbourhood('D1', 2);
      const withKnown = await store.neighbourhoodsOf(ids, known);
      for (const [i, id] of ids.entries()) {
        const single = sorted(await store.neighbourhood(id, 1));
        expect(sorted(batch[i]), id).toEqual(single);
        expect(sorted(withKnown[i]), `${id} with known nodes`).toEqual(single);
      }
      expect(nodeKeys(batch[0]!)).toEqual([...DEPTH_1].sort());
      expect(batch[2]).toEqual({ nodes: [], edges: [] });
      expect(await store.neighbourhoodsOf([])).toEqual([]);
    });

    it('the first hop of a deeper neighbourhood is the 1-hop neighbourhood', async () => {
      await loadFixture(store);
      for (const id of ['D1', 'F1', 'R1', 'G1', 'X1'])
        for (const depth of [2, 3]) {
          const near = firstHop(await store.neighbourhood(id, depth), id);
          expect(near, `${id} at depth ${depth}`).toEqual(await store.neighbourhood(id, 1));
        }
      expect(firstHop({ nodes: [], edges: [] }, 'nobody')).toBeUndefined();
    });

    it('rejects a depth outside 1..3', async () => {
      await loadFixture(store);
      await expect(store.neighbourhood('D1', 0)).rejects.toThrow(RangeError);
      await expect(store.neighbourhood('D1', 4)).rejects.toThrow(RangeError);
      await expect(store.neighbourhood('D1', 1.5)).rejects.toThrow(RangeError);
    });
  });

  describe('look-ups', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

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

    it("accountRolesOf: each person's roles as accountsOf names them, once each, in the order asked", async () => {
      await loadFixture(store);
      const coBorrows = { personId: 'D1', accountId: 'A2', role: 'co_borrower' } as const;
      await store.upsertObligations(
        [coBorrows, { ...coBorrows, source: 'bureau' }].map((o) => Obligation.parse(o)),
      );
      const ids = ['G1', 'D1', 'R1', 'NOBODY', 'CB1', 'G1'];
      const roles = [
        ['guarantor'],
        ['debtor', 'co_borrower'],
        [],
        [],
        ['co_borrower'],
        ['guarantor'],
      ];
      expect(await store.accountRolesOf(ids)).toEqual(roles);
      for (const id of ids) {
        const [one] = await store.accountRolesOf([id]);
        expect(new Set(one), id).toEqual(new Set((await store.accountsOf(id)).map((a) => a.role)));
      }
      expect(await store.accountRolesOf([])).toEqual([]);
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
}
