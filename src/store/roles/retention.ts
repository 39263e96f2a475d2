import type { AccountActivity } from '../../domain/retention/retention-period.js';

/** How many records of each kind a set of accounts holds (or a purge removed). */
export interface RecordCounts {
  attempts: number;
  audit: number;
  outbox: number;
}

/** What a retention run reads and removes: accounts with their last activity, and their records. */
export interface Retention {
  /**
   * Accounts in id order after `afterAccountId` (from the first when undefined), each with its
   * debtor's current address and its last collection activity; at most `limit`.
   */
  accountActivity(afterAccountId: string | undefined, limit: number): Promise<AccountActivity[]>;
  /** How many attempts, audit records and outbox entries the accounts hold. */
  countRecords(accountIds: readonly string[]): Promise<RecordCounts>;
  /**
   * Deletes the accounts' attempts, the outbox entries of those attempts and the accounts' audit
   * records (never a purge record), leaving a tombstone in the hash chain for each audit record
   * that names `purgeId`. The caller appends the purge record itself in the same transaction.
   */
  purgeRecords(accountIds: readonly string[], purgeId: string): Promise<RecordCounts>;
}
