/**
 * The years a date the service is given may fall in. Collection records start with modern credit
 * files (1900 leaves room for a debtor's birth year) and nothing is planned two centuries ahead:
 * a year 0001 or 9999 is a typing or export mistake, and accepting it puts a promise, a payment or
 * a limit where no view or rule ever finds it.
 */
export const PLAUSIBLE_YEARS = { from: 1900, to: 2199 } as const;

/** True when the ISO-8601 text (date or date-time) names a year in PLAUSIBLE_YEARS. */
export function isPlausibleYear(iso: string): boolean {
  const year = /^\d{4}(?=-)/.exec(iso)?.[0];
  // A text that does not start with a four-digit year is judged by its parsed instant.
  const value = year !== undefined ? Number(year) : new Date(iso).getUTCFullYear();
  return value >= PLAUSIBLE_YEARS.from && value <= PLAUSIBLE_YEARS.to;
}

/** The message for a date outside PLAUSIBLE_YEARS. */
export const PLAUSIBLE_YEAR_MESSAGE = `a year from ${PLAUSIBLE_YEARS.from} to ${PLAUSIBLE_YEARS.to}`;

/**
 * The zod check's words for a date outside PLAUSIBLE_YEARS, with the catalogue code other languages
 * word it by; a new object each time, since zod rewrites the one it is given.
 */
export function plausibleYearCheck(message: string = PLAUSIBLE_YEAR_MESSAGE) {
  return {
    message,
    params: {
      code: 'issue_plausible_year',
      from: String(PLAUSIBLE_YEARS.from),
      to: String(PLAUSIBLE_YEARS.to),
    },
  };
}
