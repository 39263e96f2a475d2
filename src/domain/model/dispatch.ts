import type { Channel, ContactPoint } from './channel.js';

export type DispatchStatus = 'queued' | 'sent' | 'failed';

/** A message handed to a provider (or the outbox) for one attempt. */
export interface DispatchRecord {
  id: string;
  attemptId: string;
  channel: Channel;
  to: ContactPoint;
  message?: string;
  provider: string;
  status: DispatchStatus;
  tries: number;
  lastError?: string;
  createdAt: string;
  updatedAt: string;
}

/** What the first outreach request of an idempotency key came to, replayed for the same key. */
export interface OutreachReceipt {
  idempotencyKey: string;
  requestDigest: string;
  /** The use case's outcome as JSON (receipts written before it was kept hold the answer body). */
  outcome: unknown;
  createdAt: string;
}
