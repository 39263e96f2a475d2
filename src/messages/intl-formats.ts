/**
 * Intl formatters kept for reuse. Each `new Intl.DateTimeFormat` builds ICU date symbols and
 * number formats in native memory (about 2 KB of JavaScript heap, tens of KB outside it), freed
 * only when the collector happens to reclaim the small wrapper: made per request, they grew a
 * soaked server's resident memory by hundreds of MB while its heap stayed flat. A handful of
 * languages, zones and option sets are ever used, so a small map holds them all.
 */

/** Distinct formatters kept per kind; beyond it the oldest goes (languages × zones × options stay far below). */
const MAX_ENTRIES = 512;

/** The value kept under `key` in `map`, made once; beyond `limit` entries the oldest goes. */
export function cached<F>(map: Map<string, F>, key: string, make: () => F, limit = MAX_ENTRIES): F {
  let f = map.get(key);
  if (f === undefined) {
    f = make();
    if (map.size >= limit) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
    map.set(key, f);
  }
  return f;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** A calendar day as messages show it ("2026年11月20日", "Nov 20, 2026"). */
export const DAY_FORMAT = { year: 'numeric', month: 'short', day: 'numeric' } as const;

/** An instant as messages show it: its day and 24-hour clock ("2026年11月20日 10:00"). */
export const MOMENT_FORMAT = {
  ...DAY_FORMAT,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
} as const;

/** A shared `Intl.DateTimeFormat`; throws as the constructor does (an unknown zone: RangeError). */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(
    dateTimeFormats,
    `${locale}\u0000${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

/** A shared `Intl.NumberFormat`; throws as the constructor does (an unknown currency: RangeError). */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return cached(
    numberFormats,
    `${locale}\u0000${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );
}

/** A shared `Intl.ListFormat`. */
export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return cached(
    listFormats,
    `${locale}\u0000${JSON.stringify(options)}`,
    () => new Intl.ListFormat(locale, options),
  );
}

/** Texts kept per key; beyond it the oldest goes (a few MiB of rendered messages at most). */
const MAX_TEXTS = 10_000;
const texts = new Map<string, string>();

/**
 * A text that depends only on its key (a message in a language and zone with its parameters),
 * computed once: an answer repeats the same verdicts and reasons route after route, and
 * formatting a message costs several µs.
 */
export function onceFor(key: string, make: () => string): string {
  return cached(texts, key, make, MAX_TEXTS);
}
