/** Machine-readable error codes the edges map to HTTP statuses and CLI exit codes. */
export type AppErrorKind =
  | 'bad_request'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unavailable'
  | 'policy_denied';

const STATUS: Record<AppErrorKind, number> = {
  bad_request: 400,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  policy_denied: 403,
  unavailable: 503,
};

/**
 * The one typed error use cases throw; edges render it as `{error:{code, message, details?}}`.
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

  /** The HTTP status for this error. */
  get status(): number {
    return STATUS[this.kind];
  }
}
