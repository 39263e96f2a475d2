import { describe, expect, it } from 'vitest';
import { debtorWithReference, rank, words } from './rank-fixture.js';

describe('a broken promise in the ranking', () => {
  // The builder numbers attempts T1, T2, …: the promise is T1.
  const withOutcome = (outcome: 'promise_to_pay' | 'right_party') =>
    debtorWithReference()
      .phone('D1', '+8613800000001', { source: 'application', lastSeen: '2026-06-01' })
      .attempt('A1', '+8613800000001', '2026-11-10T02:00:00Z', outcome, 'D1');
  const own = (r: ReturnType<typeof rank>) =>
    r.routes.find((x) => x.contact.value === '+8613800000001')!;

  it('counts as the conversation it was, not as a commitment: scored as a right-party contact', () => {
    const kept = own(rank(withOutcome('promise_to_pay')));
    const broken = own(rank(withOutcome('promise_to_pay'), { brokenPromises: ['T1'] }));
    const talked = own(rank(withOutcome('right_party')));
    expect(broken.score).toBeLessThan(kept.score);
    expect(broken.score).toBe(talked.score);
  });

  it('says so in the route it was taken on', () => {
    const broken = own(rank(withOutcome('promise_to_pay'), { brokenPromises: ['T1'] }));
    expect(words(broken)[0]).toBe(
      "debtor's own mobile, a promise to pay was taken on it on Nov 10, 2026 and broken",
    );
    expect(words(own(rank(withOutcome('promise_to_pay'))))[0]).toBe(
      "debtor's own mobile, a promise to pay was taken on it on Nov 10, 2026",
    );
  });
});
