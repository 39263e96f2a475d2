import type { z } from 'zod';
import { issueMessage } from '../../domain/model/issue-message.js';
import type { NestedMessage } from '../../messages/render-message.js';

/** A rejected (or, for warnings, accepted but doubtful) line: where, a machine-readable code, and why in words. */
export interface IngestProblem {
  /** 1-based line of the file (for CSV, the line the record starts on). */
  line: number;
  code: string;
  /** In English, for logs and `--json`; the API and the CLI word it from `code` and `params`. */
  message: string;
  /** The arguments of the code's catalogue message, so the API can word the row in the reader's language. */
  params?: RowParams;
}

/** A row message's arguments: plain text, numbers and nested messages, so a summary is JSON as it stands. */
export type RowParams = Readonly<Record<string, string | number | readonly NestedMessage[]>>;

/** A problem with the import as a whole (not one line): unknown record type, CSV without a type. */
export class IngestInputError extends Error {
  override readonly name = 'IngestInputError';
  constructor(
    readonly code: string,
    message: string,
    /** The arguments of the code's catalogue message (the type given, the column named twice). */
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

const MAX_ISSUES = 5;

/**
 * A failed validation as messages the catalogue words in each language: each issue as
 * `issue_at` (its path and the issue's own message, see `issueMessage`), at most five, then
 * `issues_more` with how many were left out. No issue quotes the value given, so no phone or name
 * leaks into a report.
 * @example issueMessages(result.error) // [{ code: 'issue_at', params: { path: 'name', issue: [{ code: 'issue_required', params: {} }] } }]
 */
export function issueMessages(error: z.ZodError): NestedMessage[] {
  const parts: NestedMessage[] = error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    code: 'issue_at',
    params: { path: issue.path.map(String).join('.') || 'none', issue: [issueMessage(issue)] },
  }));
  const more = error.issues.length - MAX_ISSUES;
  return more > 0 ? [...parts, { code: 'issues_more', params: { count: more } }] : parts;
}
