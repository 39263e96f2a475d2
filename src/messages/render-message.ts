import { IntlMessageFormat } from 'intl-messageformat';
import type { CodedMessage } from '../domain/model/coded-message.js';
import {
  ALTERNATIVE_PARAMS,
  type Catalogue,
  type Catalogues,
  DURATION_PARAMS,
  PHONE_PARAMS,
  TERM_PARAMS,
  type TermKind,
  ZONE_PARAMS,
} from './catalogue.js';
import { en } from './catalogue-en.js';
import { zhCN } from './catalogue-zh-CN.js';
import {
  cached,
  DAY_FORMAT,
  dateTimeFormat,
  listFormat,
  MOMENT_FORMAT,
  numberFormat,
  onceFor,
} from './intl-formats.js';
import type { Lang } from './language.js';
import { phoneDisplay } from './phone-display.js';

/** The message catalogues, one per language. */
export const CATALOGUES: Catalogues = { en, 'zh-CN': zhCN };

/** A message inside another's parameters (a route's evidence hops), rendered in place. */
export type NestedMessage = CodedMessage<MessageParams>;

/** A message's parameters as the domain gives them: numbers, strings, ISO times, lists of names, nested messages. */
export type MessageParams = {
  readonly [name: string]:
    | string
    | number
    | boolean
    | readonly string[]
    | readonly NestedMessage[]
    | undefined;
};

/** Where dates inside a message are shown (the collector's zone; UTC when none is known). */
export interface RenderOptions {
  timeZone?: string;
}

/** Parameters holding money, formatted in the `currency` parameter's currency. */
const MONEY_PARAMS: ReadonlySet<string> = new Set(['amount', 'paid', 'short', 'balance']);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day (YYYY-MM-DD) as the instant of its noon in `zone`, so a date format in that zone
 * shows the same day: a due date is a day, not midnight UTC (which is the day before in New York).
 */
function dayInZone(day: string, zone: string): Date {
  // Evidence dates repeat across answers.
  return new Date(cached(noons, `${zone}\u0000${day}`, () => zoneNoon(day, zone), MAX_NOONS));
}

/** Days' noons kept per zone and day (epoch ms): formatToParts costs several µs a call. */
const noons = new Map<string, number>();
const MAX_NOONS = 20_000;

function zoneNoon(day: string, zone: string): number {
  const noonUtc = Date.parse(`${day}T12:00:00Z`);
  if (zone === 'UTC') return noonUtc;
  try {
    const parts = dateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(noonUtc);
    const n = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
    const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
    return noonUtc - (local - noonUtc);
  } catch {
    return noonUtc;
  }
}

function isNested(v: unknown): v is NestedMessage {
  return typeof v === 'object' && v !== null && typeof (v as NestedMessage).code === 'string';
}

const compiled = new Map<string, IntlMessageFormat>();

/** True when the catalogue of `lang` has a message for `code`. */
export function hasMessage(lang: Lang, code: string): boolean {
  return Object.hasOwn(CATALOGUES[lang].messages, code);
}

/** A term in the reader's language (`channel`, `sms` → 短信); the value itself when the catalogue lacks it. */
export function term(lang: Lang, kind: TermKind, value: string): string {
  return CATALOGUES[lang].terms[kind][value] ?? value;
}

/** A list in the reader's language: "短信和电话", "SMS and call". */
export function listOf(
  lang: Lang,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return listFormat(lang, { type, style: 'long' }).format(items);
}

/** An IANA zone by its generic name in the reader's language ("中国标准时间", "Eastern Time"). */
export function zoneName(lang: Lang, zone: string): string {
  // formatToParts for a zone name costs about 25 µs: the name is kept per language and zone.
  return onceFor(`zone-name\u0000${lang}\u0000${zone}`, () => {
    try {
      const part = dateTimeFormat(lang, { timeZone: zone, timeZoneName: 'longGeneric' })
        .formatToParts(new Date(0))
        .find((p) => p.type === 'timeZoneName');
      return part?.value ?? zone;
    } catch {
      return zone;
    }
  });
}

/** A policy duration ("30m", "24h", "7d") in words; the text itself when it is not one. */
export function durationWords(lang: Lang, duration: string): string {
  const m = /^(\d+)(m|h|d)$/.exec(duration);
  if (!m) return duration;
  return renderMessage(lang, `duration_${m[2]}`, { n: Number(m[1]) });
}

/** An amount of money in the reader's language ("¥1,200.00", "US$50.00"). */
export function money(lang: Lang, amount: number, currency: string | undefined): string {
  try {
    return currency
      ? numberFormat(lang, { style: 'currency', currency }).format(amount)
      : numberFormat(lang).format(amount);
  } catch {
    return `${amount} ${currency ?? ''}`.trim();
  }
}

function formatter(lang: Lang, code: string, source: string, timeZone: string): IntlMessageFormat {
  const key = `${lang}\u0000${timeZone}\u0000${code}`;
  let f = compiled.get(key);
  if (f === undefined) {
    const day = { ...DAY_FORMAT, timeZone };
    const moment = { ...MOMENT_FORMAT, timeZone };
    f = new IntlMessageFormat(source, lang, { date: { day, moment }, time: { moment } });
    compiled.set(key, f);
  }
  return f;
}

type Value = string | number | Date;

function prepare(lang: Lang, params: MessageParams, options: RenderOptions): Record<string, Value> {
  const currency = typeof params.currency === 'string' ? params.currency : undefined;
  const out: Record<string, Value> = {};
  for (const [name, raw] of Object.entries(params)) {
    if (raw === undefined) continue;
    const kind = TERM_PARAMS[name];
    const one = (v: string): string =>
      kind !== undefined
        ? term(lang, kind, v)
        : ZONE_PARAMS.has(name)
          ? zoneName(lang, v)
          : DURATION_PARAMS.has(name)
            ? durationWords(lang, v)
            : PHONE_PARAMS.has(name)
              ? phoneDisplay(v)
              : v;
    if (Array.isArray(raw) && raw.some(isNested))
      out[name] = (raw as readonly NestedMessage[])
        .map((m) => renderMessage(lang, m.code, m.params, options))
        .join(renderMessage(lang, 'nested_separator'));
    else if (Array.isArray(raw))
      out[name] = listOf(
        lang,
        (raw as readonly string[]).map(one),
        ALTERNATIVE_PARAMS.has(name) ? 'disjunction' : 'conjunction',
      );
    else if (typeof raw === 'number')
      out[name] = MONEY_PARAMS.has(name) ? money(lang, raw, currency) : raw;
    else if (typeof raw === 'boolean') out[name] = String(raw);
    else if (typeof raw === 'string' && /(At|Date)$/.test(name) && ISO_INSTANT.test(raw)) {
      const date = ISO_DAY.test(raw) ? dayInZone(raw, options.timeZone ?? 'UTC') : new Date(raw);
      out[name] = Number.isNaN(date.getTime()) ? raw : date;
    } else out[name] = one(raw as string);
  }
  return out;
}

/**
 * The message for `code` in `lang`, filled from `params`. An unknown code, or a message that cannot
 * be filled, renders as the code itself: visibly untranslated, never a silent English sentence.
 * @example renderMessage('zh-CN', 'recipient_opted_out', { channel: 'sms' }) // '对方已退订短信。'
 */
export function renderMessage(
  lang: Lang,
  code: string,
  params: MessageParams = {},
  options: RenderOptions = {},
): string {
  const catalogue: Catalogue = CATALOGUES[lang];
  if (!Object.hasOwn(catalogue.messages, code)) return code;
  const source = catalogue.messages[code] as string;
  const timeZone = options.timeZone ?? 'UTC';
  // A message with nested ones (a route's evidence: names, dates, sources) is nearly never asked
  // for twice, and its key would cost about what rendering it does: it is rendered each time.
  if (hasNested(params)) return fill(lang, code, source, timeZone, params, options);
  // The text depends only on these (the catalogues are constant): an answer repeats the same
  // verdicts and reasons route after route, and formatting one costs far more than the key.
  return onceFor(
    `message\u0000${lang}\u0000${timeZone}\u0000${code}\u0000${JSON.stringify(params)}`,
    () => fill(lang, code, source, timeZone, params, options),
  );
}

function hasNested(params: MessageParams): boolean {
  for (const name in params) {
    const v = params[name];
    if (Array.isArray(v) && v.some(isNested)) return true;
  }
  return false;
}

/** The catalogue's message filled in; the code itself when it cannot be. */
function fill(
  lang: Lang,
  code: string,
  source: string,
  timeZone: string,
  params: MessageParams,
  options: RenderOptions,
): string {
  try {
    const text = formatter(lang, code, source, timeZone).format(prepare(lang, params, options));
    return typeof text === 'string' ? text : String(text);
  } catch {
    return code;
  }
}
