import type { Lang } from './language.js';

/** Kinds of parameter value the catalogue translates as terms (a channel's name, a relation's). */
export const TERM_KINDS = [
  'channel',
  'relation',
  'scope',
  'basis',
  'category',
  'outcome',
  'source',
  'stage',
  'promiseState',
  'point',
  'origin',
  'product',
  'accountStatus',
  'element',
] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** One language's messages (ICU MessageFormat, keyed by code) and terms (keyed by kind, then value). */
export interface Catalogue {
  messages: Readonly<Record<string, string>>;
  terms: Readonly<Record<TermKind, Readonly<Record<string, string>>>>;
}

/**
 * Which parameters hold terms, by parameter name: `channel: 'sms'` renders as 短信 / SMS. A parameter
 * not named here is shown as given (numbers and dates are formatted by the message itself).
 */
export const TERM_PARAMS: Readonly<Record<string, TermKind>> = {
  channel: 'channel',
  channels: 'channel',
  allowed: 'channel',
  relation: 'relation',
  relations: 'relation',
  scope: 'scope',
  basis: 'basis',
  categories: 'category',
  category: 'category',
  outcome: 'outcome',
  source: 'source',
  sources: 'source',
  allowedSources: 'source',
  stage: 'stage',
  state: 'promiseState',
  point: 'point',
  origin: 'origin',
  // One element is a select inside its message; a list of them is looked up here.
  elements: 'element',
};

/** Parameters holding IANA zones, shown by their generic name ("中国标准时间", "Eastern Time"). */
export const ZONE_PARAMS: ReadonlySet<string> = new Set(['zones', 'outside', 'zone']);

/** Parameters holding alternatives, listed with "or" ("sqlite" or "neo4j", "sqlite"或"neo4j"). */
export const ALTERNATIVE_PARAMS: ReadonlySet<string> = new Set(['values']);

/** Parameters holding a duration like "24h" or "7d", shown in words ("24 小时", "7 days"). */
export const DURATION_PARAMS: ReadonlySet<string> = new Set(['window', 'duration']);

/** Parameters that may hold a phone number in E.164, shown grouped ("+86 135 0982 0217"). */
export const PHONE_PARAMS: ReadonlySet<string> = new Set(['contact']);

/** Catalogues by language, filled in by the language files (kept apart so each stays readable). */
export type Catalogues = Readonly<Record<Lang, Catalogue>>;
