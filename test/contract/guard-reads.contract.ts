import { beforeEach, describe, expect, it } from 'vitest';
import type { Attempt, GraphEdge } from '../../src/domain/model/index.js';
import { Relation, Residence } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { knowsBetweenOf, personFactsOf } from '../../src/store/person-facts-of.js';
import {
  attempt,
  expectWellFormed,
  loadFixture,
  P_OWN,
  P_REF,
  P_SHARED,
  persons,
} from './contract-fixture.js';

/** The relationships personFacts reads out of a person (KNOWS aside). */
const OWN_TYPES = new Set(['HAS_PHONE', 'HAS_EMAIL', 'LIVED_AT', 'WORKS_AT']);

function edgeKey(e: GraphEdge): string {
  return `${e.type}|${e.from}|${e.to}|${e.props.source}`;
}

function sortedEdges(edges: readonly GraphEdge[]): GraphEdge[] {
  return [...edges].sort((a, b) => edgeKey(a).localeCompare(edgeKey(b)));
}

/**
 * The reads a guard decision makes, as the store contract: personFacts (a person's own
 * relationships and accounts in one read) and knowsBetween agree with the depth-1 neighbourhood
 * and accountsOf; guardHistory is the union of the attempt lists it stands for, each attempt once.
 * `current` gives the fresh store of the running test.
 */
export function guardReadsContract(current: () => GraphStore): void {
  describe('guard reads', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    it('personFacts and knowsBetween agree with the depth-1 neighbourhood and accountsOf for every person', async () => {
      await loadFixture(store);
      for (const { id } of persons) {
        const facts = await store.personFacts(id);
        const hood = await store.neighbourhood(id, 1);
        const key = `person:${id}`;
        expect(facts?.person).toEqual((await store.getPerson(id)) as object);
        expect(facts?.accounts).toEqual(await store.accountsOf(id));
        expectWellFormed(facts?.own ?? { nodes: [], edges: [] });
        const own = hood.edges.filter((e) => e.from === key && OWN_TYPES.has(e.type));
        expect(sortedEdges(facts?.own.edges ?? [])).toEqual(sortedEdges(own));
        const far = new Set([key, ...own.map((e) => e.to)]);
        const nodes = hood.nodes.filter((n) => far.has(n.key));
        const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
        expect([...(facts?.own.nodes ?? [])].sort(byKey)).toEqual([...nodes].sort(byKey));
        // Each person they know either way, and the debtor (most know nobody there).
        const others = new Set(['D1']);
        for (const e of hood.edges)
          if (e.type === 'KNOWS')
            others.add((e.from === key ? e.to : e.from).slice('person:'.length));
        for (const other of others) {
          const o = `person:${other}`;
          const knows = hood.edges.filter(
            (e) =>
              e.type === 'KNOWS' &&
              ((e.from === key && e.to === o) || (e.from === o && e.to === key)),
          );
          expect(sortedEdges(await store.knowsBetween(id, other))).toEqual(sortedEdges(knows));
        }
      }
    });

    it('an answer holding a 1-hop neighbourhood reads the same facts from it as the store answers', async () => {
      await loadFixture(store);
      const sorted = (f: Awaited<ReturnType<GraphStore['personFacts']>>) =>
        f && {
          ...f,
          own: {
            nodes: [...f.own.nodes].sort((a, b) => a.key.localeCompare(b.key)),
            edges: sortedEdges(f.own.edges),
          },
        };
      for (const { id } of persons) {
        const hood = await store.neighbourhood(id, 1);
        expect(sorted(personFactsOf(hood, id))).toEqual(sorted(await store.personFacts(id)));
        for (const other of ['D1', 'S1', 'R1', 'F1'])
          expect(sortedEdges(knowsBetweenOf(hood, id, other) ?? [])).toEqual(
            sortedEdges(await store.knowsBetween(id, other)),
          );
      }
      expect(personFactsOf(await store.neighbourhood('NOPE', 1), 'NOPE')).toBeUndefined();
    });

    it('personFacts of the debtor: own points, address, employer, account; knowsBetween either way', async () => {
      await loadFixture(store);
      const facts = await store.personFacts('D1');
      expect(facts?.own.edges.map((e) => `${e.type} ${e.to}`).sort()).toEqual([
        'HAS_EMAIL email:family@example.com',
        `HAS_PHONE phone:${P_OWN}`,
        `HAS_PHONE phone:${P_SHARED}`,
        'LIVED_AT address:ADDR1',
        'WORKS_AT employer:E1',
      ]);
      expect(facts?.own.nodes.find((n) => n.key === 'address:ADDR1')?.data).toMatchObject({
        city: 'Shanghai',
        timezone: 'Asia/Shanghai',
      });
      expect(facts?.accounts.map((a) => [a.account.id, a.role])).toEqual([['A1', 'debtor']]);
      const spouse = await store.knowsBetween('S1', 'D1');
      expect(spouse.map((e) => [e.from, e.to, e.props.kind, e.props.source])).toEqual([
        ['person:D1', 'person:S1', 'spouse', 'application'],
      ]);
      expect(await store.knowsBetween('D1', 'F1')).toEqual([]);
    });

    it('personFacts and knowsBetween leave out relationships to nodes not stored; an unknown person has none', async () => {
      await loadFixture(store);
      await store.upsertResidences([
        Residence.parse({ personId: 'D1', addressId: 'ADDR-LATER', source: 'bureau' }),
      ]);
      await store.upsertRelations([
        Relation.parse({ from: 'NOBODY', to: 'D1', kind: 'friend', source: 'collector_note' }),
      ]);
      const facts = await store.personFacts('D1');
      expect(facts?.own.edges.some((e) => e.to === 'address:ADDR-LATER')).toBe(false);
      expect(await store.knowsBetween('D1', 'NOBODY')).toEqual([]);
      expect(await store.personFacts('NOPE')).toBeUndefined();
    });

    const history: Attempt[] = [
      attempt('H0', '2026-03-01T08:00:00Z', { accountId: 'A2', personId: 'X1' }),
      attempt('H1', '2026-04-01T08:00:00Z', { outcome: 'no_answer' }),
      attempt('H2', '2026-04-03T08:00:00Z', {
        contact: { kind: 'phone', value: P_REF },
        personId: 'R1',
      }),
      attempt('H3', '2026-04-04T08:00:00Z', {
        accountId: 'A2',
        personId: 'X1',
        contact: { kind: 'phone', value: P_SHARED },
      }),
      attempt('H4', '2026-04-04T09:00:00Z', {
        accountId: 'A3',
        personId: 'X1',
        contact: { kind: 'phone', value: P_REF },
      }),
      attempt('H5', '2026-04-05T08:00:00Z', { accountId: 'A9', personId: 'Q1' }),
      attempt('H6', '2026-04-07T08:00:00Z'),
    ];

    it('guardHistory: the whole account before `to`, and in [from, to) the point, the person and the other accounts, each once', async () => {
      await store.recordAttempts([...history].reverse());
      const ids = async (scope: Parameters<GraphStore['guardHistory']>[0]) =>
        (await store.guardHistory(scope)).map((a) => a.id);
      const window = { from: '2026-04-03T00:00:00Z', to: '2026-04-06T00:00:00Z' };
      // H3 is on the shared point, to X1 and on A2 at once: listed once.
      expect(
        await ids({
          accountId: 'A1',
          contact: { kind: 'phone', value: P_SHARED },
          personId: 'X1',
          otherAccountIds: ['A2'],
          ...window,
        }),
      ).toEqual(['H1', 'H2', 'H3', 'H4']);
      // No person: only the account, the point (H5 is on the own number) and the other accounts.
      expect(
        await ids({
          accountId: 'A1',
          contact: { kind: 'phone', value: P_OWN },
          otherAccountIds: ['A3'],
          ...window,
        }),
      ).toEqual(['H1', 'H2', 'H4', 'H5']);
      expect(
        await store.guardHistory({
          accountId: 'A1',
          contact: { kind: 'phone', value: P_OWN },
          otherAccountIds: [],
          ...window,
        }),
      ).toEqual([history[1], history[2], history[5]]);
    });

    it('guardHistory equals the union of the lists it stands for', async () => {
      await store.recordAttempts(history);
      const scope = {
        accountId: 'A1',
        contact: { kind: 'phone' as const, value: P_REF },
        personId: 'X1',
        otherAccountIds: ['A2', 'A9'],
        from: '2026-03-01T08:00:00Z',
        to: '2026-04-05T08:00:00Z',
      };
      const lists = await Promise.all([
        store.listAttempts({ accountId: scope.accountId, to: scope.to }),
        store.listAttempts({ contact: scope.contact, from: scope.from, to: scope.to }),
        store.listAttempts({ personId: scope.personId, from: scope.from, to: scope.to }),
        ...scope.otherAccountIds.map((accountId) =>
          store.listAttempts({ accountId, from: scope.from, to: scope.to }),
        ),
      ]);
      const union = new Map(lists.flat().map((a) => [a.id, a]));
      const expected = [...union.values()].sort(
        (a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id),
      );
      expect(await store.guardHistory(scope)).toEqual(expected);
      expect(expected.map((a) => a.id)).toEqual(['H0', 'H1', 'H2', 'H3', 'H4']);
    });
  });
}
