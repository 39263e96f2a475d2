import { z } from 'zod';
import type { Channel, ContactPoint } from './channel.js';

/** Where a dispatch stands: waiting for its provider, handed over, or given up after its tries. */
export const DispatchStatus = z.enum(['queued', 'sent', 'failed']);
export type DispatchStatus = z.infer<typeof DispatchStatus>;

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
