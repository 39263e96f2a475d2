/**
 * How far past the service's clock a date of something observed (a number last seen, a line's
 * status, an attempt, a payment received) may be. One day: a date without a time is read as
 * midnight UTC, and a provider east of UTC (Asia/Shanghai is UTC+8; the earliest zone UTC+14)
 * writes its own today while ours is still yesterday; a few minutes of drift between its clock
 * and ours fit in the same margin. A date further ahead has not happened yet: it is a typing or
 * export mistake, and taken as fact it would make the evidence look fresher than any real one.
 */
export const OBSERVED_CLOCK_SKEW_MS = 86_400_000;

/** True unless the ISO-8601 date or date-time is later than `now` plus OBSERVED_CLOCK_SKEW_MS (an unreadable one is the date schema's to report). */
export function isObservedBy(iso: string, now: Date): boolean {
  const at = Date.parse(iso);
  return Number.isNaN(at) || at <= now.getTime() + OBSERVED_CLOCK_SKEW_MS;
}
