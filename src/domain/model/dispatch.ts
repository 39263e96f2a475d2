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

/** The stored first answer to an outreach request, replayed for the same idempotency key. */
export interface OutreachReceipt {
  idempotencyKey: string;
  requestDigest: string;
  status: number;
  body: unknown;
  createdAt: string;
}
