import type { AttemptLog } from './roles/attempt-log.js';
import type { AuditLog } from './roles/audit-log.js';
import type { ContactStatus } from './roles/contact-status.js';
import type { GraphIngest } from './roles/graph-ingest.js';
import type { GraphReads } from './roles/graph-reads.js';
import type { Outbox } from './roles/outbox.js';
import type { PromiseBook } from './roles/promise-book.js';
import type { Receipts } from './roles/receipts.js';
import type { Retention } from './roles/retention.js';
import type { WorklistIndex } from './roles/worklist-index.js';

export type { AttemptFilter, AttemptLog, GuardHistoryScope } from './roles/attempt-log.js';
export type { AuditLog } from './roles/audit-log.js';
export type { ContactStatus } from './roles/contact-status.js';
export type { GraphIngest } from './roles/graph-ingest.js';
export type { GraphLookups } from './roles/graph-lookups.js';
export type { GraphCounts, GraphReads, Holder, SharedIdentifier } from './roles/graph-reads.js';
export type { GuardReads, PersonFacts } from './roles/guard-reads.js';
export type { Outbox } from './roles/outbox.js';
export type { PromiseBook } from './roles/promise-book.js';
export type { Receipts } from './roles/receipts.js';
export type { RecordCounts, Retention } from './roles/retention.js';
export type { SharingReads } from './roles/sharing-reads.js';
export type {
  WorklistCursor,
  WorklistEntry,
  WorklistIndex,
  WorklistQuery,
  WorklistRoute,
  WorklistRow,
} from './roles/worklist-index.js';

/** Every role of the store at once, and nested transactions: what a transaction hands out. */
export type StoreTx = GraphReads &
  GraphIngest &
  ContactStatus &
  AttemptLog &
  AuditLog &
  Receipts &
  Outbox &
  PromiseBook &
  WorklistIndex &
  Retention &
  Transactions;

/** Running work in one write transaction. */
export interface Transactions {
  /**
   * Runs `fn` in one write transaction; everything it does through `tx` commits or rolls back together.
   * Transactions on one store are serialised, so a check-then-record inside one cannot race.
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
}

/** Naming, health and closing: what the edges that open a store need. */
export interface StoreLifecycle {
  readonly name: string;
  /** Resolves when the database answers; rejects with StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The port between use cases and a database: the composition of its roles (src/store/roles/),
 * transactions and the lifecycle. A use case names only the roles it uses.
 */
export type GraphStore = StoreTx & StoreLifecycle;
