/**
 * The record of an idempotency key: the digest of the first outreach request that used it and what
 * that request came to, replayed when the same key comes back.
 */
export interface IdempotencyRecord {
  idempotencyKey: string;
  requestDigest: string;
  /** The use case's outcome as JSON (receipts written before it was kept hold the answer body). */
  outcome: unknown;
  createdAt: string;
}
