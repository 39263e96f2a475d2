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

/**
 * The `date_in_future` explanation of the date at `path` (English words and the catalogue's
 * arguments) when it lies after `now` beyond the skew, else undefined; the API refuses with it,
 * the import rejects the line.
 */
export function futureDateExplanation(
  path: string,
  iso: string,
  now: Date,
): { message: string; params: { path: string; observedAt: string; nowAt: string } } | undefined {
  if (isObservedBy(iso, now)) return undefined;
  const nowAt = now.toISOString();
  return {
    message: `${path}: ${iso} is later than now (${nowAt}, allowing a day of clock skew)`,
    params: { path, observedAt: iso, nowAt },
  };
}
