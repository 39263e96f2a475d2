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

/** What every audit entry carries, whatever it records. */
interface AuditEntryBase {
  id: string;
  at: string;
  accountId: string;
  debtorId?: string;
  /** SHA-256 of the canonical request, so the input can be proven without storing the message. */
  inputDigest: string;
  outcome: 'allow' | 'deny';
  rules: AuditedVerdict[];
  policyVersion: string;
  actor?: string;
  /** The id of the HTTP request (X-Request-Id) that asked for the decision, to join audit and logs. */
  requestId?: string;
}

/**
 * An append-only audit entry of a contact: a guard decision, for a check or a real outreach; or an
 * opt-out the consumer sent (`inbound`).
 */
export interface DecisionAuditRecord extends AuditEntryBase {
  kind: 'check' | 'outreach' | 'simulation' | 'inbound';
  channel: Channel;
  contact: ContactPoint;
  recipientPersonId?: string;
  attemptId?: string;
  /** A visit's plan as the guard judged it: the collectors named and whether it is recorded. */
  visit?: { collectors: string[]; recorded: boolean };
}

/** What a retention purge removed: counts per kind of record, and the accounts whose records went. */
export interface PurgeSummary {
  /** Accounts whose attempts, audit records and outbox entries were purged. */
  accounts: string[];
  attempts: number;
  /** Audit records removed; each leaves a tombstone in the hash chain naming this purge. */
  audit: number;
  outbox: number;
  /** The retention each account was held to: years after its last collection activity, by policy. */
  periods: { policy: string; years: number }[];
}

/**
 * The audit entry of a retention purge (`skipgraph retention`): one per run, for every account it
 * purged (`accountId` "*"). It is never purged itself, so the chain's tombstones stay explained.
 */
export interface PurgeAuditRecord extends AuditEntryBase {
  kind: 'purge';
  purge: PurgeSummary;
}

/** One append-only audit entry: a decision about a contact, or a retention purge. */
export type AuditRecord = DecisionAuditRecord | PurgeAuditRecord;

/** The `accountId` of a purge record: it concerns every account it lists. */
export const PURGE_ACCOUNT = '*';

export interface AuditFilter {
  accountId?: string;
  debtorId?: string;
  outcome?: 'allow' | 'deny';
  from?: string;
  to?: string;
  limit?: number;
}
