import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/demo/seeded-random.js';
import { rankRoutes } from '../../src/domain/ranking/rank-routes.js';
import type { RankingInput } from '../../src/domain/ranking/route.js';
import { GraphBuilder } from './graph-builder.js';

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A neighbourhood with ties on purpose: identical evidence on several phones and persons. */
function busyNeighbourhood(): GraphBuilder {
  const g = new GraphBuilder()
    .person('D1')
    .account('A1', 'D1')
    .employer('E1')
    .worksAt('D1', 'E1')
    .phone('E1', '+862150000000', {}, { type: 'FIXED_LINE' }, 'employer');
  for (let i = 1; i <= 4; i++)
    g.phone('D1', `+86138000000${i}0`, { source: 'application', lastSeen: '2026-01-01' });
  g.email('D1', 'd1@example.com').address('D1', 'H1', { lastSeen: '2026-01-01' });
  const kinds = ['spouse', 'parent', 'friend', 'friend', 'reference', 'colleague'] as const;
  kinds.forEach((kind, i) => {
    g.person(`P${i}`).knows('D1', `P${i}`, kind, { lastSeen: '2025-01-01' });
    g.phone(`P${i}`, `+86139000000${i}0`, { source: 'bureau', lastSeen: '2025-06-01' });
    g.phone(`P${i}`, `+86139000000${i}1`, { source: 'bureau', lastSeen: '2025-06-01' });
    g.phone(`P${i}`, `+86139000000${i}2`, { source: 'bureau', lastSeen: '2025-06-01' });
  });
  g.person('G1').obligation('G1', 'A1', 'guarantor').phone('G1', '+8613700000000');
  g.attempt('A1', '+8613800000010', '2026-10-01T10:00:00Z', 'no_answer').attempt(
    'A1',
    '+8613800000020',
    '2026-10-01T10:00:00Z',
    'no_answer',
  );
  return g;
}

describe('route ranking determinism', () => {
  it('gives the same routes, in the same order, whatever order the graph and attempts come in', () => {
    const g = busyNeighbourhood();
    const base: RankingInput = {
      subgraph: g.subgraph(),
      debtorId: 'D1',
      account: g.accountOf('A1'),
      at: new Date('2026-11-23T10:00:00Z'),
      attempts: g.attempts,
      sharing: [],
    };
    const expected = rankRoutes(base);
    expect(expected.routes.length).toBeGreaterThan(20);
    const random = seededRandom(42);
    for (let run = 0; run < 25; run++) {
      const input: RankingInput = {
        ...base,
        subgraph: {
          nodes: shuffled(base.subgraph.nodes, random),
          edges: shuffled(base.subgraph.edges, random),
        },
        attempts: shuffled(base.attempts, random),
      };
      expect(rankRoutes(input)).toEqual(expected);
    }
  });

  it('breaks score ties by stable keys: contact kind, then value', () => {
    const g = busyNeighbourhood();
    const result = rankRoutes({
      subgraph: g.subgraph(),
      debtorId: 'D1',
      account: g.accountOf('A1'),
      at: new Date('2026-11-23T10:00:00Z'),
      attempts: [],
      sharing: [],
    });
    // phones 30 and 40 have the same evidence and no attempts: equal scores, so the number decides
    const untried = result.routes.filter(
      (r) => r.contact.value === '+8613800000030' || r.contact.value === '+8613800000040',
    );
    expect(untried.map((r) => r.contact.value)).toEqual(['+8613800000030', '+8613800000040']);
    expect(untried[0]!.score).toBe(untried[1]!.score);
    const friends = result.routes.filter((r) => r.recipient.relation === 'friend');
    for (let i = 1; i < friends.length; i++) {
      const [a, b] = [friends[i - 1]!, friends[i]!];
      if (a.score === b.score && a.recipient.personId === b.recipient.personId)
        expect(a.contact.value < b.contact.value).toBe(true);
    }
  });
});
