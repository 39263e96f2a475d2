import { RECENCY_FLOOR, UNDATED_FACTOR } from './ranking-parameters.js';

const DAY_MS = 86_400_000;

/** Age in whole-day units (fractional) of an ISO date at `at`; undefined when the date is missing or unreadable. Future dates are age 0. */
export function ageInDays(date: string | undefined, at: Date): number | undefined {
  if (date === undefined) return undefined;
  const ms = Date.parse(date);
  if (Number.isNaN(ms)) return undefined;
  return Math.max(0, (at.getTime() - ms) / DAY_MS);
}

/** Recency factor floor + (1 − floor)·0.5^(age / halfLife); an undated fact gets the undated factor. */
export function recencyFactor(date: string | undefined, at: Date, halfLifeDays: number): number {
  const age = ageInDays(date, at);
  if (age === undefined) return UNDATED_FACTOR;
  return RECENCY_FLOOR + (1 - RECENCY_FLOOR) * 0.5 ** (age / halfLifeDays);
}

/** The ISO calendar day (YYYY-MM-DD) of a date string, for reasons; the text itself when unreadable. */
export function isoDay(date: string): string {
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? date : new Date(ms).toISOString().slice(0, 10);
}
