import { describe, expect, it } from 'vitest';
import type { RankingResult } from '../../src/domain/ranking/route.js';
import type { GraphBuilder } from './graph-builder.js';
import { debtorWithReference, rank, values, words } from './rank-fixture.js';

const OWN_A = '+8613800000001';
const OWN_B = '+8613800000002';
const LEARNT = '+8613800000009';
const SWITCHBOARD = '+862150000000';
const REFERENCE = '+8613900000001';

/** D1 with two own mobiles, a current employer's switchboard and a reference (R1). */
function debtorWithWork(): GraphBuilder {
  return debtorWithReference()
    .phone('D1', OWN_A, { source: 'application', lastSeen: '2026-06-01' })
    .phone('D1', OWN_B, { source: 'bureau', lastSeen: '2026-03-01' })
    .employer('E1', 'Acme Trading')
    .worksAt('D1', 'E1', { source: 'application', from: '2024-01-01', lastSeen: '2026-05-01' })
    .phone(
      'E1',
      SWITCHBOARD,
      { source: 'application', lastSeen: '2026-05-01' },
      { type: 'FIXED_LINE' },
      'employer',
    );
}

function scoreOf(result: RankingResult, value: string): number {
  const route = result.routes.find((r) => r.contact.value === value);
  if (!route) throw new Error(`${value} is not ranked`);
  return route.score;
}

describe('skip-trace ordering: workplace by value, the put-through model, the moved-on doubt', () => {
  it('puts the switchboard of a current job above own numbers that rang out, third parties still last before the debtor is lost', () => {
    const g = debtorWithWork();
    // Fresh: the debtor's own numbers first, the switchboard next, the reference last.
    expect(values(rank(g))).toEqual([OWN_A, OWN_B, SWITCHBOARD, REFERENCE]);
    for (const [i, at] of ['2026-11-20T01:00:00Z', '2026-11-20T05:00:00Z'].entries()) {
      g.attempt('A1', OWN_A, at, 'no_answer', 'D1');
      g.attempt('A1', OWN_B, `2026-11-2${1 + i}T01:00:00Z`, 'no_answer', 'D1');
    }
    // Both own numbers rang out twice: the switchboard now has the better chance and comes first;
    // the reference (third parties not allowed yet) stays below all of them.
    const after = rank(g);
    expect(values(after)[0]).toBe(SWITCHBOARD);
    expect(values(after).at(-1)).toBe(REFERENCE);
    // Once third parties are allowed, the reference competes by value too.
    expect(values(rank(g, { thirdPartiesAllowed: true })).indexOf(REFERENCE)).toBeLessThan(3);
  });

  it('counts a switchboard that answers without putting the debtor through as evidence the job is gone', () => {
    const g = debtorWithWork();
    const fresh = scoreOf(rank(g), SWITCHBOARD);
    g.attempt('A1', SWITCHBOARD, '2026-11-20T02:00:00Z', 'third_party', 'D1');
    const once = scoreOf(rank(g), SWITCHBOARD);
    g.attempt('A1', SWITCHBOARD, '2026-11-21T02:00:00Z', 'third_party', 'D1');
    g.attempt('A1', SWITCHBOARD, '2026-11-22T02:00:00Z', 'third_party', 'D1');
    const thrice = scoreOf(rank(g), SWITCHBOARD);
    // Each answer without a put-through multiplies the odds by 1 − PUT_THROUGH_RATE (0.6).
    expect(once).toBeLessThan(fresh * 0.75);
    expect(thrice).toBeLessThan(fresh * 0.3);
    // A put-through (right party at work) ends the run.
    g.attempt('A1', SWITCHBOARD, '2026-11-23T02:00:00Z', 'right_party', 'D1');
    expect(scoreOf(rank(g), SWITCHBOARD)).toBeGreaterThan(fresh);
  });

  it("lowers the debtor's other known numbers when one keeps failing, says why, and spares a number learnt since", () => {
    const g = debtorWithWork();
    const freshB = scoreOf(rank(g), OWN_B);
    g.attempt('A1', OWN_A, '2026-11-20T01:00:00Z', 'invalid_number', 'D1');
    const afterGone = rank(g);
    // OWN_B was never called, yet the debtor dropping OWN_A makes a move to a new number likelier.
    expect(scoreOf(afterGone, OWN_B)).toBeCloseTo(freshB * 0.5, 2);
    const routeB = afterGone.routes.find((r) => r.contact.value === OWN_B)!;
    expect(routeB.flags.movedOnDoubt).toBe(1);
    expect(words(routeB)).toContain(
      "1 failed call to the debtor's known numbers since this one was last seen: they may have moved on to a number we do not have; score discounted",
    );
    // A number the reference told us after that failure is where the debtor may have gone: no doubt on it.
    g.phone('D1', LEARNT, { source: 'reference:R1', lastSeen: '2026-11-21T03:00:00Z' });
    const withLearnt = rank(g).routes.find((r) => r.contact.value === LEARNT)!;
    expect(withLearnt.flags.movedOnDoubt).toBeUndefined();
    // A right-party contact on any route ends the doubt.
    g.attempt('A1', SWITCHBOARD, '2026-11-22T02:00:00Z', 'right_party', 'D1');
    expect(
      rank(g).routes.find((r) => r.contact.value === OWN_B)!.flags.movedOnDoubt,
    ).toBeUndefined();
  });

  it("leaves a number's own failures to its own history: only its siblings carry the doubt", () => {
    const g = debtorWithWork();
    expect(values(rank(g)).slice(0, 2)).toEqual([OWN_A, OWN_B]);
    g.attempt('A1', OWN_A, '2026-11-20T01:00:00Z', 'no_answer', 'D1');
    const after = rank(g);
    expect(after.routes.find((r) => r.contact.value === OWN_A)!.flags.movedOnDoubt).toBeUndefined();
    expect(after.routes.find((r) => r.contact.value === OWN_B)!.flags.movedOnDoubt).toBe(1);
  });
});
