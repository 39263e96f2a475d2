/** The database cannot be reached or answered with a transient failure; maps to HTTP 503. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A write conflicts with what is stored (e.g. an unknown referenced node); maps to HTTP 409. */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';
}
