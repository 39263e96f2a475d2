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

/**
 * The one typed error use cases throw: a kind, a machine-readable code, a human message and
 * optional details; edges render it (the API as `{error:{code, message, details?}}`).
 * @example throw new AppError('not_found', 'person_not_found', 'no person with id P9')
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly kind: AppErrorKind,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
