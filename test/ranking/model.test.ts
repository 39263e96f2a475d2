import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/domain/model/index.js';
import { noisyOr } from '../../src/domain/ranking/noisy-or.js';
import {
  datedOutcomes,
  outcomeHistory,
  posteriorMean,
} from '../../src/domain/ranking/outcome-history.js';
import { phoneAvailability } from '../../src/domain/ranking/phone-availability.js';
import { RECENCY_FLOOR, UNDATED_FACTOR } from '../../src/domain/ranking/ranking-parameters.js';
import { recencyFactor } from '../../src/domain/ranking/recency.js';

const AT = new Date('2026-11-23T00:00:00Z');

describe('ranking model pieces', () => {
  it('noisy-OR: at least one of independent paths works', () => {
    expect(noisyOr([])).toBe(0);
    expect(noisyOr([0.5])).toBe(0.5);
    expect(noisyOr([0.5, 0.5])).toBeCloseTo(0.75);
    expect(noisyOr([0.2, 0.3, 0.4])).toBeCloseTo(1 - 0.8 * 0.7 * 0.6);
  });

  it('recency halves the fresh part of a fact every half-life, down to a floor', () => {
    expect(recencyFactor('2026-11-23', AT, 365)).toBeCloseTo(1);
    expect(recencyFactor('2025-11-23', AT, 365)).toBeCloseTo(
      RECENCY_FLOOR + (1 - RECENCY_FLOOR) / 2,
    );
    expect(recencyFactor('1990-01-01', AT, 365)).toBeCloseTo(RECENCY_FLOOR, 3);
    expect(recencyFactor(undefined, AT, 365)).toBe(UNDATED_FACTOR);
    expect(recencyFactor('2027-01-01', AT, 365)).toBe(1);
  });

  it('the Beta posterior starts at the prior and follows the outcomes', () => {
    expect(posteriorMean(0.4, { success: 0, failure: 0 })).toBeCloseTo(0.4);
    expect(posteriorMean(0.4, { success: 2, failure: 0 })).toBeCloseTo((1.6 + 2) / 6);
    expect(posteriorMean(0.4, { success: 0, failure: 5 })).toBeCloseTo(1.6 / 9);
  });

  it('outcomes weigh less with age, and reaching a third party counts on third-party routes', () => {
    const attempt = (id: string, at: string, outcome: Attempt['outcome']): Attempt => ({
      id,
      accountId: 'A1',
      at,
      channel: 'call',
      contact: { kind: 'phone', value: '+8613800000001' },
      outcome,
    });
    const fresh = outcomeHistory(
      datedOutcomes([attempt('a', '2026-11-22T00:00:00Z', 'wrong_party')], AT),
      AT,
      false,
    );
    const old = outcomeHistory(
      datedOutcomes([attempt('a', '2026-05-27T00:00:00Z', 'wrong_party')], AT),
      AT,
      false,
    );
    expect(old.failure).toBeCloseTo(fresh.failure / 2, 1);
    const third = datedOutcomes([attempt('a', '2026-11-22T00:00:00Z', 'third_party')], AT);
    expect(outcomeHistory(third, AT, true).success).toBeGreaterThan(0);
    expect(outcomeHistory(third, AT, false).success).toBe(0);
  });

  it('a suspended phone without a date never comes back by itself; a later conversation revives it', () => {
    const phone = { e164: '+8613800000001', type: 'MOBILE', status: 'suspended' as const };
    expect(phoneAvailability(phone, [], AT).state).toBe('excluded');
    const revived = datedOutcomes(
      [
        {
          id: 'a',
          accountId: 'A1',
          at: '2026-11-20T00:00:00Z',
          channel: 'call',
          contact: { kind: 'phone', value: phone.e164 },
          outcome: 'right_party',
        },
      ],
      AT,
    );
    expect(phoneAvailability({ ...phone, statusAt: '2026-11-01T00:00:00Z' }, revived, AT)).toEqual({
      state: 'available',
    });
  });
});
