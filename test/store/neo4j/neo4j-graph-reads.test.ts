import { describe, expect, it } from 'vitest';
import type { CypherRecord, CypherRunner } from '../../../src/store/neo4j/cypher-runner.js';
import { Neo4jGraphStore } from '../../../src/store/neo4j/neo4j-graph-store.js';
import { StoreUnavailableError } from '../../../src/store/store-errors.js';
import { FakeRunner } from './fake-cypher-runner.js';

describe('Neo4jGraphStore over a CypherRunner', () => {
  it('lists attempts through the most selective query, with epoch-millisecond windows and lower-case emails', async () => {
    const runner = new FakeRunner({
      'attempts-by-contact': () => [
        {
          attempt: {
            id: 'T1',
            accountId: 'A1',
            at: '2026-04-01T00:00:00Z',
            atMs: 1,
            channel: 'email',
            contactKind: 'email',
            contactValue: 'x@example.com',
          },
        },
      ],
    });
    const store = new Neo4jGraphStore(runner);
    const found = await store.listAttempts({
      contact: { kind: 'email', value: 'X@Example.com' },
      from: '2026-04-01T08:00:00+08:00',
      limit: 5,
    });
    expect(found).toEqual([
      {
        id: 'T1',
        accountId: 'A1',
        at: '2026-04-01T00:00:00Z',
        channel: 'email',
        contact: { kind: 'email', value: 'x@example.com' },
      },
    ]);
    expect(runner.calls[0]).toMatchObject({
      name: 'attempts-by-contact',
      params: {
        accountId: null,
        personId: null,
        contactKind: 'email',
        contactValue: 'x@example.com',
        fromMs: Date.parse('2026-04-01T00:00:00Z'),
        toMs: Number.MAX_SAFE_INTEGER,
        limit: 5,
      },
    });
    await store.listAttempts({ personId: 'D1' });
    await store.listAttempts({});
    expect(runner.calls.slice(1).map((c) => c.name)).toEqual([
      'attempts-by-person',
      'attempts-in-window',
    ]);
    await expect(store.listAttempts({ accountId: 'A1', from: 'yesterday' })).rejects.toThrow(
      RangeError,
    );
  });

  it('neighbourhood: caps a hub, lists it as truncated, skips ends not stored yet and keeps edge directions', async () => {
    const node = (ref: string, labels: string[], props: Record<string, unknown>) => ({
      ref,
      labels,
      props,
    });
    const root = node('r', ['Person'], { id: 'D1', name: 'Li Wei', optOut: [] });
    const hub = node('h', ['Phone'], { e164: '+8613900139000', type: 'MOBILE', status: 'unknown' });
    const stub = node('s', ['Person'], { id: 'GHOST' });
    const holders = Array.from({ length: 4 }, (_, i) =>
      node(`p${i}`, ['Person'], { id: `X${i}`, name: `Holder ${i}` }),
    );
    const hops: Record<string, CypherRecord> = {
      r: {
        ref: 'r',
        outgoing: [
          {
            type: 'HAS_PHONE',
            props: { source: 'application', lastSeen: '2026-01-01' },
            node: hub,
          },
          { type: 'KNOWS', props: { source: 'application', kind: 'spouse' }, node: stub },
        ],
        incoming: [],
      },
      h: {
        ref: 'h',
        outgoing: [],
        // The hop query returns limit (= cap + 1) rows, most recent first, the root's own edge among them.
        incoming: [
          {
            type: 'HAS_PHONE',
            props: { source: 'application', lastSeen: '2026-01-01' },
            node: root,
          },
          ...holders.slice(0, 2).map((h) => ({
            type: 'HAS_PHONE',
            props: { source: 'bureau', validFrom: '2020-01-01' },
            node: h,
          })),
        ],
      },
    };
    const runner = new FakeRunner({
      'neighbourhood-root': (p) =>
        p.personId === 'D1' ? [{ ref: 'r', labels: root.labels, props: root.props }] : [],
      'neighbourhood-hop': (p) =>
        (p.frontier as string[]).flatMap((ref) =>
          hops[ref] ? [hops[ref]] : [{ ref, outgoing: [], incoming: [] }],
        ),
    });
    const store = new Neo4jGraphStore(runner, { fanOutCap: 2, rootFanOutCap: 10 });
    const g = await store.neighbourhood('D1', 3);
    expect(g.nodes.map((n) => n.key).sort()).toEqual([
      'person:D1',
      'person:X0',
      'phone:+8613900139000',
    ]);
    expect(g.edges.map((e) => `${e.type} ${e.from} -> ${e.to}`).sort()).toEqual([
      'HAS_PHONE person:D1 -> phone:+8613900139000',
      'HAS_PHONE person:X0 -> phone:+8613900139000',
    ]);
    expect(g.edges.find((e) => e.from === 'person:X0')?.props).toEqual({
      source: 'bureau',
      from: '2020-01-01',
    });
    expect(g.truncated).toEqual(['phone:+8613900139000']);
    const hopCalls = runner.calls.filter((c) => c.name === 'neighbourhood-hop');
    expect(hopCalls.map((c) => c.params)).toEqual([
      { frontier: ['r'], limit: 11 },
      { frontier: ['h'], limit: 3 },
      { frontier: ['p0'], limit: 3 },
    ]);
    expect(new Set(runner.calls.map((c) => c.tx)).size).toBe(1);
    expect(await store.neighbourhood('nobody', 1)).toEqual({ nodes: [], edges: [] });
    await expect(store.neighbourhood('D1', 4)).rejects.toThrow(RangeError);
  });

  it('debtorsHolding asks once for every point and answers in the order asked, emails lower-cased', async () => {
    const runner = new FakeRunner({
      'debtors-holding': () => [{ kind: 'email', value: 'f@example.com', debtorIds: ['X1', 'D1'] }],
    });
    const store = new Neo4jGraphStore(runner);
    const answer = await store.debtorsHolding([
      { kind: 'phone', value: '+8613800138000' },
      { kind: 'email', value: 'F@Example.com' },
    ]);
    expect(answer).toEqual([
      { contact: { kind: 'phone', value: '+8613800138000' }, debtorIds: [] },
      { contact: { kind: 'email', value: 'F@Example.com' }, debtorIds: ['D1', 'X1'] },
    ]);
    expect(runner.calls.map((c) => [c.name, c.params])).toEqual([
      [
        'debtors-holding',
        {
          contacts: [
            { kind: 'phone', value: '+8613800138000' },
            { kind: 'email', value: 'f@example.com' },
          ],
        },
      ],
    ]);
    expect(await store.debtorsHolding([])).toEqual([]);
  });

  it('debtorsReachingPhone is one statement with the number and the cap, its ids sorted', async () => {
    const runner = new FakeRunner({
      'debtors-reaching-phone': () => [{ id: 'X1' }, { id: 'D1' }],
    });
    const store = new Neo4jGraphStore(runner);
    expect(await store.debtorsReachingPhone('+8613800138000', 500)).toEqual(['D1', 'X1']);
    expect(runner.calls.map((c) => [c.name, c.params])).toEqual([
      ['debtors-reaching-phone', { e164: '+8613800138000', limit: 500 }],
    ]);
  });

  it('accountRolesOf asks once for every person and answers each in the order asked', async () => {
    const runner = new FakeRunner({
      'account-roles-of': () => [
        { personId: 'G1', relations: ['GUARANTEES'] },
        { personId: 'D1', relations: ['GUARANTEES', 'OWES', 'CO_BORROWS'] },
      ],
    });
    const store = new Neo4jGraphStore(runner);
    expect(await store.accountRolesOf(['D1', 'R1', 'G1', 'D1'])).toEqual([
      ['debtor', 'co_borrower', 'guarantor'],
      [],
      ['guarantor'],
      ['debtor', 'co_borrower', 'guarantor'],
    ]);
    expect(runner.calls.map((c) => [c.name, c.params])).toEqual([
      ['account-roles-of', { personIds: ['D1', 'R1', 'G1'] }],
    ]);
    expect(await store.accountRolesOf([])).toEqual([]);
    expect(runner.calls).toHaveLength(1);
  });

  it("a holder's account roles come from its obligations, once each, and isDebtor says whether any", async () => {
    const holder = (id: string, obligations: string[]) => ({
      kind: 'person',
      id,
      name: id,
      obligations,
      source: 'application',
    });
    const runner = new FakeRunner({
      'address-holders': () => [
        holder('G1', ['GUARANTEES', 'GUARANTEES']),
        holder('CB1', ['CO_BORROWS']),
        holder('D1', ['GUARANTEES', 'OWES']),
        holder('S1', []),
      ],
    });
    const store = new Neo4jGraphStore(runner);
    const { holders } = await store.sharedIdentifiers({ kind: 'address', value: 'ADDR1' });
    expect(holders.map((h) => [h.id, h.isDebtor, h.accountRoles])).toEqual([
      ['CB1', true, ['co_borrower']],
      ['D1', true, ['debtor', 'guarantor']],
      ['G1', true, ['guarantor']],
      ['S1', false, []],
    ]);
  });

  it('ping turns any failure into StoreUnavailableError', async () => {
    const failing: CypherRunner = {
      executeRead: () => Promise.reject(new Error('socket hang up')),
      executeWrite: () => Promise.reject(new Error('socket hang up')),
      close: async () => undefined,
    };
    await expect(new Neo4jGraphStore(failing).ping()).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
