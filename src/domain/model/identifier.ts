import { z } from 'zod';
import { issueCheck } from './issue-message.js';

/*
 * Characters an identifier may not hold: C0 and C1 controls (a NUL cuts C strings, ESC drives
 * terminals that show logs), zero-width and bidirectional controls (an id that reads as another
 * one), the byte-order mark, and U+FFFD, the mark of bytes that were not UTF-8.
 */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffd]/;
/** A high surrogate not followed by a low one, or a low one without a high one before it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Message of a rejected identifier (names the rule, never the value). */
export const IDENTIFIER_MESSAGE =
  'must not hold control, zero-width or bidirectional characters, or text that was not UTF-8';

/**
 * The zod check's words for a rejected identifier, with the catalogue code other languages word it
 * by; a new object each time, since zod rewrites the one it is given.
 */
export function identifierCheck() {
  return issueCheck(IDENTIFIER_MESSAGE, 'issue_identifier');
}

/** True when an identifier holds none of the characters above. */
export function isCleanIdentifier(id: string): boolean {
  return !FORBIDDEN.test(id) && !LONE_SURROGATE.test(id);
}

/** A record's identifier (person, account, attempt, payment …): 1–128 clean characters. */
export const Identifier = z.string().min(1).max(128).refine(isCleanIdentifier, identifierCheck());
