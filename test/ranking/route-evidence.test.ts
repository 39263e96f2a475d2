import { describe, expect, it } from 'vitest';
import { debtorWithReference, rank, words } from './rank-fixture.js';

describe('route ranking scenarios', () => {
  it('names the real evidence in reasons and paths', () => {
    const g = debtorWithReference()
      .phone('R1', '+8613900000001', { source: 'bureau', lastSeen: '2026-09-01', confidence: 0.8 })
      .person('S1', {}, 'Zhao Li')
      .knows('S1', 'D1', 'spouse', { source: 'collector_note', lastSeen: '2026-10-01' })
      .phone(
        'D1',
        '+862160000000',
        { source: 'application', lastSeen: '2026-02-01' },
        { type: 'FIXED_LINE' },
      )
      .phone(
        'S1',
        '+862160000000',
        { source: 'bureau', lastSeen: '2026-10-15' },
        { type: 'FIXED_LINE' },
      );
    const result = rank(g);
    const reference = result.routes.find((r) => r.recipient.personId === 'R1')!;
    expect(reference.paths).toHaveLength(2);
    const [viaApplication, viaBureau] = [...reference.paths].sort((a, b) =>
      a[1]!.source < b[1]!.source ? -1 : 1,
    );
    expect(viaApplication!.map((h) => [h.type, h.from, h.to, h.source, h.lastSeen])).toEqual([
      ['KNOWS', 'person:D1', 'person:R1', 'application', '2025-03-01'],
      ['HAS_PHONE', 'person:R1', 'phone:+8613900000001', 'application', '2025-03-01'],
    ]);
    expect(viaBureau![1]).toMatchObject({
      type: 'HAS_PHONE',
      source: 'bureau',
      lastSeen: '2026-09-01',
      confidence: 0.8,
    });
    expect(viaApplication![0]!.kind).toBe('reference');
    expect(words(reference)[0]).toBe("mobile of Li Wei, the debtor's reference");
    expect(words(reference)).toContain(
      "evidence: Li Wei is the debtor's reference (from the loan application, last seen Mar 1, 2025); held by Li Wei (from a credit bureau, last seen Sep 1, 2026)",
    );

    // the home landline is the debtor's own (first path) and also the spouse's: both paths are kept, both count.
    const home = result.routes.find((r) => r.contact.value === '+862160000000')!;
    expect(home.recipient).toEqual({ personId: 'D1', relation: 'self', name: 'Zhang San' });
    expect(home.paths.map((p) => p.map((h) => h.type))).toEqual([
      ['HAS_PHONE'],
      ['KNOWS', 'HAS_PHONE'],
    ]);
    expect(words(home)).toContain(
      "evidence: Zhao Li is the debtor's spouse (noted by a collector, last seen Oct 1, 2026); held by Zhao Li (from a credit bureau, last seen Oct 15, 2026)",
    );
    const single = rank(g, {
      subgraph: {
        ...g.subgraph(),
        edges: g
          .subgraph()
          .edges.filter((e) => !(e.from === 'person:S1' && e.type === 'HAS_PHONE')),
      },
    });
    expect(home.score).toBeGreaterThan(
      single.routes.find((r) => r.contact.value === '+862160000000')!.score,
    );
  });
});
