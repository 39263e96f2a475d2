import { z } from 'zod';
import type { CodedMessage } from './coded-message.js';

/** A validation issue as zod reports it (the final issue: the value given is no longer in it). */
export type ZodIssue = z.core.$ZodIssue;

/** An issue's arguments for its catalogue message: names, figures, lists of names. */
export type IssueParams = { readonly [name: string]: string | number | string[] };

/** An issue as a catalogue code with its arguments, worded per language at the edge (src/messages). */
export type IssueMessage = CodedMessage<IssueParams>;

/**
 * A check's English words with the catalogue code (and arguments) every language words it by; a
 * new object each time, since zod rewrites the one it is given.
 * @example z.string().refine(isKnownCurrency, issueCheck('expected an ISO 4217 currency code', 'issue_currency_code'))
 */
export function issueCheck(
  message: string,
  code: string,
  params: Record<string, string> = {},
): { message: string; params: Record<string, string> } {
  return { message, params: { code, ...params } };
}

/** Catalogue codes of pattern checks, by the pattern's text: a regex issue carries its pattern, never a check's params. */
const PATTERN_CODES = new Map<string, string>();

/**
 * A string matching `pattern`, whose failure the catalogue words by `code`; `message` stays the
 * English of the schema itself, and JSON Schema keeps the pattern (a refine would lose it).
 * @example patternString(/^[1-9]\d{0,4}(m|h|d)$/, 'issue_duration', 'a duration like "30m"')
 */
export function patternString(pattern: RegExp, code: string, message: string): z.ZodString {
  PATTERN_CODES.set(String(pattern), code);
  return z.string().regex(pattern, message);
}

/**
 * A schema's own check names its catalogue message in the issue's params (`params: { code:
 * 'issue_plausible_year' }`), with that message's arguments beside it; a check without one keeps
 * its English text (`issue_custom`).
 */
function customMessage(issue: z.core.$ZodIssueCustom): IssueMessage {
  const { code, ...rest } = issue.params ?? {};
  if (typeof code !== 'string') return { code: 'issue_custom', params: { text: issue.message } };
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(rest))
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  return { code, params };
}

function limitParams(of: string, limit: number | bigint, inclusive: boolean | undefined) {
  return { of, limit: Number(limit), inclusive: inclusive === false ? 'no' : 'yes' };
}

/** The issue's facts, without the value given (which may be a phone number or a name). */
function issueParams(issue: ZodIssue): IssueParams {
  switch (issue.code) {
    case 'invalid_type':
      return { expected: issue.expected };
    case 'too_small':
      return limitParams(issue.origin, issue.minimum, issue.inclusive);
    case 'too_big':
      return limitParams(issue.origin, issue.maximum, issue.inclusive);
    case 'invalid_format':
      return { format: issue.format };
    case 'not_multiple_of':
      return { divisor: Number(issue.divisor) };
    case 'unrecognized_keys':
      return { keys: issue.keys };
    case 'invalid_value':
      return { values: issue.values.map((v) => JSON.stringify(v)) };
    default:
      return {};
  }
}

/** zod names a missing field "expected T, received undefined": the field is required. */
function isMissing(issue: ZodIssue): boolean {
  return issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
}

/**
 * A zod issue as a message the catalogue words in each language (`issue_too_small`, …), for the
 * API's validation details and the messages that quote one issue.
 * @example issueMessage(tooShortIssue) // { code: 'issue_too_small', params: { of: 'string', limit: 1, inclusive: 'yes' } }
 */
export function issueMessage(issue: ZodIssue): IssueMessage {
  if (issue.code === 'custom') return customMessage(issue);
  const patterned = issue.code === 'invalid_format' && PATTERN_CODES.get(issue.pattern ?? '');
  if (patterned) return { code: patterned, params: {} };
  const code = isMissing(issue) ? 'issue_required' : `issue_${issue.code}`;
  return { code, params: issueParams(issue) };
}
