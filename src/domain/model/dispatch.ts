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
