import type { RuleVerdict } from '../guard/decision.js';
import type { Channel, ContactPoint } from './channel.js';

/**
 * A failed check as the audit keeps it: without banned-language matches (their text could reveal the
 * message). `kind`, `code` and `params` are absent from records written before verdicts carried them.
 */
export type AuditedVerdict = Pick<RuleVerdict, 'id' | 'policy' | 'reason' | 'nextAllowedAt'> &
  Partial<Pick<RuleVerdict, 'kind' | 'code' | 'params'>>;

/** The verdicts of a decision as the audit keeps them. */
export function auditedVerdicts(rules: readonly RuleVerdict[]): AuditedVerdict[] {
  return rules.map(({ id, policy, kind, code, params, reason, nextAllowedAt }) =>
    nextAllowedAt === undefined
      ? { id, policy, kind, code, params, reason }
      : { id, policy, kind, code, params, reason, nextAllowedAt },
  );
}

/**
 * One append-only audit entry: a guard decision, for a check or a real outreach; an opt-out the
 * consumer sent (`inbound`); or a retention purge (`purge`).
 */
export interface AuditRecord {
  id: string;
  at: string;
  kind: 'check' | 'outreach' | 'simulation' | 'inbound' | 'purge';
  accountId: string;
  debtorId?: string;
  channel: Channel;
  contact: ContactPoint;
  recipientPersonId?: string;
  /** SHA-256 of the canonical request, so the input can be proven without storing the message. */
  inputDigest: string;
  outcome: 'allow' | 'deny';
  rules: AuditedVerdict[];
  policyVersion: string;
  actor?: string;
  attemptId?: string;
  /** The id of the HTTP request (X-Request-Id) that asked for the decision, to join audit and logs. */
  requestId?: string;
  /** A visit's plan as the guard judged it: the collectors named and whether it is recorded. */
  visit?: { collectors: string[]; recorded: boolean };
}

export interface AuditFilter {
  accountId?: string;
  debtorId?: string;
  outcome?: 'allow' | 'deny';
  from?: string;
  to?: string;
  limit?: number;
}
