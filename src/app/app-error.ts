import type { MessageParams } from '../messages/render-message.js';

/**
 * What went wrong, in the use cases' words; each edge decides what it means for its readers (the
 * API's table lives in src/api/error-handler.ts, the CLI's exit codes in its commands).
 */
export type AppErrorKind =
  /** The input cannot be used as given (a bad date, an unknown outcome, a broken policy). */
  | 'invalid'
  /** The thing named does not exist. */
  | 'not_found'
  /** The request collides with what is already there (a reused idempotency key, a finished dispatch). */
  | 'conflict'
  /** The guard denied the contact: nothing was sent; the details are the decision. */
  | 'guard_denied'
  /** A dependency the use case needs cannot answer now; nothing was changed. */
  | 'unavailable';

/** What an error carries beside its words: data for the caller, and its message's arguments. */
export interface AppErrorExtras {
  /** Data the caller acts on (a decision, a policy's problems). */
  details?: unknown;
  /** The arguments of the code's catalogue message (ids, figures, field paths), so every language can name them. */
  params?: MessageParams;
}

/**
 * The one typed error use cases throw: a kind, a machine-readable code, an English message (for
 * logs and the CLI), and optional details and message parameters; edges render it (the API as
 * `{error:{code, message, params?, details?}}`, the message from the catalogue in the reader's language).
 * @example throw new AppError('not_found', 'person_not_found', 'no person with id P9', { params: { id: 'P9' } })
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly details?: unknown;
  readonly params?: MessageParams;
  constructor(
    readonly kind: AppErrorKind,
    readonly code: string,
    message: string,
    extras: AppErrorExtras = {},
  ) {
    super(message);
    if (extras.details !== undefined) this.details = extras.details;
    if (extras.params !== undefined) this.params = extras.params;
  }
}
