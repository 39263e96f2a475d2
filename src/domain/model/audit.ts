import type { Channel, ContactPoint } from './channel.js';

/** One append-only audit entry: a guard decision, for a check or a real outreach. */
export interface AuditRecord {
  id: string;
  at: string;
  kind: 'check' | 'outreach' | 'simulation';
  accountId: string;
  debtorId?: string;
  channel: Channel;
  contact: ContactPoint;
  recipientPersonId?: string;
  /** SHA-256 of the canonical request, so the input can be proven without storing the message. */
  inputDigest: string;
  outcome: 'allow' | 'deny';
  rules: { id: string; policy: string; reason: string; nextAllowedAt?: string }[];
  policyVersion: string;
  actor?: string;
  attemptId?: string;
}

export interface AuditFilter {
  accountId?: string;
  debtorId?: string;
  outcome?: 'allow' | 'deny';
  from?: string;
  to?: string;
  limit?: number;
}
