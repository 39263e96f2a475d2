import type { MessageParams } from '../messages/render-message.js';

/** What an HTTP error carries beside its words. */
export interface ApiErrorExtras {
  /** Headers the answer carries (Retry-After, WWW-Authenticate). */
  headers?: Record<string, string>;
  /** Data the caller acts on (the rejected lines of an import). */
  details?: unknown;
  /** The arguments of the code's catalogue message, so every language can name the values. */
  params?: MessageParams;
}

/** An HTTP error raised by middleware; rendered by the error handler in the standard shape. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly headers: Record<string, string>;
  readonly details?: unknown;
  readonly params?: MessageParams;
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503,
    readonly code: string,
    message: string,
    extras: ApiErrorExtras = {},
  ) {
    super(message);
    this.headers = extras.headers ?? {};
    if (extras.details !== undefined) this.details = extras.details;
    if (extras.params !== undefined) this.params = extras.params;
  }
}
