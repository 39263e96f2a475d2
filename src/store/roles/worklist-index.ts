import type { ContactPoint, PostalAddress } from '../../domain/model/index.js';

/** One of an account's best routes as the worklist keeps it between refreshes. */
export interface WorklistRoute {
  contact: ContactPoint;
  /** An address route's street, city and country (the contact's value is only the address's id). */
  address?: PostalAddress;
  recipientPersonId: string;
  relation: string;
  recipientName?: string;
  score: number;
  tier: 'consumer' | 'workplace' | 'third_party';
}

/** What the worklist keeps per open account, so that a page needs no ranking. */
export interface WorklistEntry {
  accountId: string;
  debtorId: string;
  debtorName: string;
  /** The account's due date: its stage on any day follows from it. */
  dueDate: string;
  balance: number;
  currency: string;
  jurisdiction: string;
  /** Best route score (0..1); undefined until the entry is refreshed. */
  score?: number;
  /** Due date of the earliest promise not yet kept (due today, tomorrow, or broken when past). */
  promiseDue?: string;
  routes: WorklistRoute[];
  /** True when the graph or history changed since the routes were ranked. */
  stale: boolean;
  refreshedAt?: string;
}

/** The page query: the day in the collector's zone, stage limits as due dates, and where to go on from. */
export interface WorklistQuery {
  today: string;
  tomorrow: string;
  /** The latest due date of an account in each stage on `today` (early: today − 1, mid: today − 31, …). */
  stageDueDates: { early: string; mid: string; late: string; writeoff: string };
  after?: WorklistCursor;
  limit: number;
}

/** Position in the worklist order: due bucket, stage rank, value, account id. */
export interface WorklistCursor {
  bucket: number;
  stage: number;
  value: number;
  accountId: string;
}

/** A page row: the entry and its place in the order. */
export interface WorklistRow {
  entry: WorklistEntry;
  cursor: WorklistCursor;
}

/** The precomputed worklist, kept up to date incrementally by the use cases. */
export interface WorklistIndex {
  /** Writes refreshed entries (stale cleared). */
  putWorklistEntries(rows: WorklistEntry[]): Promise<void>;
  /** Removes accounts that left the worklist (closed, settled). */
  dropWorklistEntries(accountIds: string[]): Promise<void>;
  /**
   * Marks accounts stale, creating entries from the stored accounts when missing (open accounts
   * only), so new accounts appear at once and are ranked when next seen; `debtorIds` marks
   * every entry of those debtors (their graph changed).
   */
  markWorklistStale(target: { accountIds?: string[]; debtorIds?: string[] }): Promise<void>;
  /** Sets the earliest open promise's due date of an account (undefined: none). */
  setWorklistPromise(accountId: string, promiseDue: string | undefined): Promise<void>;
  /** One page in worklist order. */
  worklistPage(query: WorklistQuery): Promise<WorklistRow[]>;
  /** Up to `limit` stale entries' account ids (for a background or CLI refresh). */
  staleWorklistAccounts(limit: number): Promise<string[]>;
  /**
   * Whether any entry is fresh (ranked and unchanged since): when none is, marking more stale
   * changes nothing, so upkeep may skip the reads that would find whom to mark (a first import).
   */
  hasFreshWorklistEntries(): Promise<boolean>;
}
