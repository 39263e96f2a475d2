import { describe, expect, it } from 'vitest';
import { parseProviderRates, parseRateSpec } from '../../src/app/dispatch/rate-spec.js';

describe('parseRateSpec', () => {
  it.each([
    ['10/s', 10, 1000],
    ['600/min', 600, 60_000],
    ['600 / minute', 600, 60_000],
    ['5/10s', 5, 10_000],
    ['1000/hour', 1000, 3_600_000],
    ['1000/hours', 1000, 3_600_000],
    ['20/mins', 20, 60_000],
    ['3/ms', 3, 1],
    ['100/day', 100, 86_400_000],
    [' 10/S ', 10, 1000],
  ])('%s → %i per %i ms', (text, count, periodMs) => {
    expect(parseRateSpec(text)).toEqual({ ok: true, rate: { count, periodMs } });
  });

  it.each([
    ['', 'is not COUNT/PERIOD'],
    ['10', 'is not COUNT/PERIOD'],
    ['ten/s', 'is not COUNT/PERIOD'],
    ['10/fortnight', 'has an unknown unit "fortnight"'],
    ['0/s', 'must allow at least 1'],
    ['10/0s', 'needs a period of at least 1 unit'],
    ['-1/s', 'is not COUNT/PERIOD'],
    ['1.5/s', 'is not COUNT/PERIOD'],
  ])('rejects %j: %s', (text, why) => {
    const result = parseRateSpec(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('invalid_rate_spec');
      expect(result.message).toContain(why);
      expect(result.message).toContain('10/s');
    }
  });
});

describe('parseProviderRates', () => {
  it('parses every channel', () => {
    expect(parseProviderRates({ sms: '10/s', call: '600/min' })).toEqual({
      ok: true,
      rates: { sms: { count: 10, periodMs: 1000 }, call: { count: 600, periodMs: 60_000 } },
    });
  });

  it('names each bad variable', () => {
    const result = parseProviderRates({ sms: '10/s', call: 'fast', email: '0/min' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(2);
      expect(result.problems[0]?.message).toMatch(
        /^SKIPGRAPH_RATE_CALL: rate "fast" is not COUNT\/PERIOD/,
      );
      expect(result.problems[1]?.message).toMatch(
        /^SKIPGRAPH_RATE_EMAIL: rate "0\/min" must allow at least 1/,
      );
    }
  });
});
