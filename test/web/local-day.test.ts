import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayBound, localDate, localDateFromToday } from '../../web/src/local-day.js';
import { localTime } from '../../web/src/local-time.js';

/** A calendar day as the workbench writes it (a bare date keeps its day, whatever the zone). */
const dayLabel = (day: string, lang: 'zh-CN' | 'en'): string => localTime(lang, day, 'UTC');

// Node reads TZ when it changes: each case runs in the officer's zone, not the machine's.
let saved: string | undefined;
beforeEach(() => {
  saved = process.env.TZ;
});
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

describe("the compliance officer's calendar day", () => {
  it('is the local day in New York at 22:17 on Dec 6, not the UTC day after', () => {
    process.env.TZ = 'America/New_York';
    const evening = new Date('2026-12-07T03:17:00Z');
    expect(localDate(evening)).toBe('2026-12-06');
    expect(localDateFromToday(0, evening)).toBe('2026-12-06');
    expect(localDateFromToday(-30, evening)).toBe('2026-11-06');
  });

  it('bounds a local day by its first and last instants, so "To = Dec 6" takes in tonight', () => {
    process.env.TZ = 'America/New_York';
    expect(dayBound('2026-12-06', false)).toBe('2026-12-06T05:00:00.000Z');
    expect(dayBound('2026-12-06', true)).toBe('2026-12-07T04:59:59.999Z');
    const tonight = Date.parse('2026-12-07T03:17:00Z');
    expect(Date.parse(dayBound('2026-12-06', true) ?? '')).toBeGreaterThan(tonight);
    process.env.TZ = 'Asia/Shanghai';
    expect(dayBound('2026-12-07', false)).toBe('2026-12-06T16:00:00.000Z');
  });

  it('reads an empty or malformed day as no bound rather than throwing', () => {
    expect(dayBound('', false)).toBeUndefined();
    expect(dayBound(undefined, true)).toBeUndefined();
    expect(dayBound('2026-02-31', true)).toBeUndefined();
    expect(dayBound('yesterday', false)).toBeUndefined();
  });

  it('writes a day as the reader does, in either language, the same day in any zone', () => {
    process.env.TZ = 'America/New_York';
    expect(dayLabel('2026-11-20', 'zh-CN')).toBe('2026年11月20日');
    expect(dayLabel('2026-11-20', 'en')).toBe('Nov 20, 2026');
    process.env.TZ = 'Asia/Shanghai';
    expect(dayLabel('2026-11-20', 'en')).toBe('Nov 20, 2026');
    expect(dayLabel('soon', 'en')).toBe('soon');
  });
});
