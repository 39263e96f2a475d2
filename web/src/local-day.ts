// The officer's calendar day is the browser's, not UTC's: an officer in New York at 22:17 on
// 6 December is still on the 6th, and "until the 6th" must take in tonight's records.

/** The calendar day (YYYY-MM-DD) an instant falls on in the browser's zone. */
export function localDate(at: Date): string {
  const y = at.getFullYear();
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Today plus `days` calendar days in the browser's zone (a day across a DST change is still one day). */
export function localDateFromToday(days: number, now: Date = new Date()): string {
  return localDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
}

/**
 * The instant a local calendar day starts (`end` false) or its last millisecond (`end` true), as
 * ISO UTC; undefined for an empty or malformed date, which the callers read as "no bound".
 * @example dayBound('2026-12-06', true) // in New York: '2026-12-07T04:59:59.999Z'
 */
export function dayBound(date: string | undefined, end: boolean): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const start = new Date(y, mo, d);
  if (Number.isNaN(start.getTime()) || start.getMonth() !== mo) return undefined;
  const at = end ? new Date(new Date(y, mo, d + 1).getTime() - 1) : start;
  return at.toISOString();
}
