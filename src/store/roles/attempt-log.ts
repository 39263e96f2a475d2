import type { Attempt, ContactPoint, Outcome } from '../../domain/model/index.js';

/** Which attempts to list: any combination, always within [from, to). */
export interface AttemptFilter {
  accountId?: string;
  personId?: string;
  contact?: ContactPoint;
  from?: string;
  to?: string;
  limit?: number;
}

/** The attempts a guard decision counts (see AttemptLog.guardHistory). */
export interface GuardHistoryScope {
  /** Every attempt on this account before `to`, however old. */
  accountId: string;
  /** And, within [from, to): the attempts on this contact point, ... */
  contact: ContactPoint;
  /** ... those that reached this person, ... */
  personId?: string;
  /** ... and those on these other accounts. */
  otherAccountIds: readonly string[];
  from: string;
  to: string;
}

/** Every contact attempt and its outcome, and the scope locks that keep frequency caps exact. */
export interface AttemptLog {
  /** Records attempts; an attempt id already stored is left as it is. */
  recordAttempts(rows: Attempt[]): Promise<void>;
  getAttempt(id: string): Promise<Attempt | undefined>;
  listAttempts(filter: AttemptFilter): Promise<Attempt[]>;
  /**
   * The attempts a guard decision counts, in one read: each once, in time order (then by id).
   * The whole account's history before `to`, and within [from, to) those on the contact point,
   * to the person and on the other accounts.
   */
  guardHistory(scope: GuardHistoryScope): Promise<Attempt[]>;
  /** Sets the outcome (and the collector's note, when given and the adapter stores notes); undefined for an unknown attempt. */
  setAttemptOutcome(
    id: string,
    outcome: Outcome,
    at: string,
    note?: string,
  ): Promise<Attempt | undefined>;
  /**
   * Takes a write lock on each named send scope (see sendScopeKeys: the account, the debtor, the
   * contact point, the persons it reaches) for the rest of the transaction, so that frequency caps
   * of every scope hold however many processes send. Keys are taken in sorted order.
   */
  lockScopes(keys: readonly string[]): Promise<void>;
}
