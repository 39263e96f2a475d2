import type { z } from 'zod';

/** A rejected (or, for warnings, accepted but doubtful) line: where, a machine-readable code, and why in words. */
export interface IngestProblem {
  /** 1-based line of the file (for CSV, the line the record starts on). */
  line: number;
  code: string;
  /** In English, for logs and the CLI. */
  message: string;
  /** The arguments of the code's catalogue message, so the API can word the row in the reader's language. */
  params?: RowParams;
}

/** A row message's arguments: plain text and numbers, so a summary is JSON as it stands. */
export type RowParams = Readonly<Record<string, string | number>>;

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
 * One line of words for a failed validation: each issue as `path: message`. zod's own messages
 * name what was expected, never the value given, so no phone or name leaks into a report.
 * @example describeIssues(result.error) // 'balance: Invalid input: expected number, received string'
 */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.map(String).join('.');
    const message =
      issue.code === 'invalid_type' && issue.message.endsWith('received undefined')
        ? 'required'
        : issue.message;
    return path === '' ? message : `${path}: ${message}`;
  });
  const more = error.issues.length - MAX_ISSUES;
  return more > 0 ? `${parts.join('; ')}; and ${more} more` : parts.join('; ');
}
