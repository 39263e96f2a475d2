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

/** Every contact attempt and its outcome, and the account lock that keeps frequency caps exact. */
export interface AttemptLog {
  /** Records attempts; an attempt id already stored is left as it is. */
  recordAttempts(rows: Attempt[]): Promise<void>;
  getAttempt(id: string): Promise<Attempt | undefined>;
  listAttempts(filter: AttemptFilter): Promise<Attempt[]>;
  /** Sets the outcome (and the collector's note, when given and the adapter stores notes); undefined for an unknown attempt. */
  setAttemptOutcome(
    id: string,
    outcome: Outcome,
    at: string,
    note?: string,
  ): Promise<Attempt | undefined>;
  /** Takes a write lock on the account for the rest of the transaction (frequency caps on a cluster). */
  lockAccount(accountId: string): Promise<void>;
}
