import { seededRandom } from './seeded-random.js';

/*
 * The demo's one seeded random stream and its reference clock. Every draw goes through these in
 * one fixed order, so the generated file is the same on every run: never draw at import time.
 */

/** Attempt history ends here; accounts are past due relative to it. */
export const DEMO_REFERENCE_DATE = '2026-11-20T12:00:00Z';
const SEED = 20261120;
const DAY_MS = 86_400_000;
const REF_MS = Date.parse(DEMO_REFERENCE_DATE);

export const random = seededRandom(SEED);
export const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
export const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
export const chance = (p: number): boolean => random() < p;
export const pad = (n: number, w = 3): string => String(n).padStart(w, '0');

export const day = (offsetDays: number): string =>
  new Date(REF_MS - offsetDays * DAY_MS).toISOString().slice(0, 10);

/** An ISO date-time at a local wall-clock hour in `zone`, with that zone's offset on that day. */
export function localTime(daysAgo: number, hour: number, minute: number, zone: string): string {
  const date = day(daysAgo);
  const probe = new Date(`${date}T12:00:00Z`);
  const name =
    new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(probe)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name === 'GMT' ? '+00:00' : name.slice(3);
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${offset}`;
}

export const digits = (n: number): string =>
  Array.from({ length: n }, () => String(int(0, 9))).join('');
