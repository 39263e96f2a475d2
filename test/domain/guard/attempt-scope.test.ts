import { describe, expect, it } from 'vitest';
import { isoMs } from '../../../src/domain/guard/attempt-scope.js';

describe('isoMs', () => {
  it('reads the canonical UTC form exactly like Date.parse', () => {
    for (const t of [
      '2026-03-03T20:00:00.000Z',
      '2026-03-03T20:00:00Z',
      '2024-02-29T23:59:59.999Z',
      '1999-12-31T00:00:00.001Z',
    ]) {
      expect(isoMs(t)).toBe(Date.parse(t));
    }
  });

  it('leaves every other form to Date.parse, and rejects impossible dates', () => {
    for (const t of [
      '2026-03-03T20:00:00+08:00',
      '2026-03-03',
      '2026-03-03T20:00Z',
      'not a date',
      '2026-02-30T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-04-31T00:00:00.000Z',
    ]) {
      const expected = Date.parse(t);
      if (Number.isNaN(expected)) expect(isoMs(t)).toBeNaN();
      else expect(isoMs(t)).toBe(expected);
    }
  });
});
