import { StoreConflictError, StoreUnavailableError } from '../store-errors.js';

/*
 * Neo4j status codes (https://neo4j.com/docs/status-codes/) the store translates. Messages of
 * the database are never copied into ours: a constraint message quotes the conflicting value
 * (a phone number, say), and errors end up in logs.
 */

/** Driver-side codes for a server that cannot be reached or a connection that was lost. */
const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'N/A']);

/** Codes after which the store is as good as unavailable to the service (HTTP 503). */
const UNAVAILABLE_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.Transaction.TransactionNotFound',
  // The transaction ran past its timeout (a lock held too long by a rival, say) and was ended.
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.LockClientStopped',
]);

/** The status code a Neo4j error carries, if any. */
export function neo4jErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** True for failures worth retrying the whole transaction after (deadlock, leader switch, lost connection). */
export function isTransientNeo4jCode(code: string | undefined): boolean {
  return (
    code !== undefined &&
    (code.startsWith('Neo.TransientError.') ||
      code === 'ServiceUnavailable' ||
      code === 'SessionExpired')
  );
}

/**
 * The store error a Neo4j failure means, or the error itself when it is none of the database's
 * business (an error thrown by the caller's own work passes through unchanged).
 * @example throw toStoreError(error)
 */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError || error instanceof StoreConflictError) return error;
  const code = neo4jErrorCode(error);
  if (code === undefined) return error;
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new StoreConflictError(`a stored record already has this key (${code})`);
  }
  if (
    UNREACHABLE_CODES.has(code) ||
    code.startsWith('Neo.TransientError.') ||
    UNAVAILABLE_CODES.has(code)
  ) {
    return new StoreUnavailableError(`neo4j is unavailable (${code})`, { cause: error });
  }
  return error;
}
