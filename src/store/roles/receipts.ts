import type { IdempotencyRecord } from '../../domain/model/index.js';

/** Idempotency records of outreach requests, keyed by the client's idempotency key. */
export interface Receipts {
  getReceipt(idempotencyKey: string): Promise<IdempotencyRecord | undefined>;
  /** Stores a receipt; returns false if one already exists for the key. */
  putReceipt(receipt: IdempotencyRecord): Promise<boolean>;
}
