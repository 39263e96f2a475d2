import type { OutreachReceipt } from '../../domain/model/index.js';

/** Idempotency records of outreach requests, keyed by the client's idempotency key. */
export interface Receipts {
  getReceipt(idempotencyKey: string): Promise<OutreachReceipt | undefined>;
  /** Stores a receipt; returns false if one already exists for the key. */
  putReceipt(receipt: OutreachReceipt): Promise<boolean>;
}
