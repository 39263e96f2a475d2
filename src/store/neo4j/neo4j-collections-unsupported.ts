import type { PromiseBook } from '../roles/promise-book.js';
import type { Retention } from '../roles/retention.js';
import type { WorklistIndex } from '../roles/worklist-index.js';
import { StoreUnavailableError } from '../store-errors.js';

const WHY =
  'promises to pay, payments and the worklist are kept by the embedded store only; run them on SKIPGRAPH_STORE=sqlite (the Neo4j adapter does not store them yet)';

function unsupported(): never {
  throw new StoreUnavailableError(WHY);
}

/**
 * The Neo4j adapter's promise book and worklist: not stored there yet, so every call fails with
 * one clear reason (503) instead of pretending to keep the data.
 */
export const neo4jPromiseBook: PromiseBook = {
  putPromise: async () => unsupported(),
  listPromises: async () => unsupported(),
  recordPayments: async () => unsupported(),
  listPayments: async () => unsupported(),
};

/** See neo4jPromiseBook. */
export const neo4jWorklistIndex: WorklistIndex = {
  putWorklistEntries: async () => unsupported(),
  dropWorklistEntries: async () => undefined,
  // Upkeep calls made by other use cases (ingest, outcomes) must not fail on Neo4j: nothing to keep.
  markWorklistStale: async () => undefined,
  setWorklistPromise: async () => undefined,
  worklistPage: async () => unsupported(),
  staleWorklistAccounts: async () => [],
};

/**
 * The Neo4j adapter's retention purge: not built there yet, so `skipgraph retention --store neo4j`
 * fails with this reason before it reads or deletes anything.
 */
export const neo4jRetention: Retention = {
  accountActivity: async () => {
    throw new StoreUnavailableError(
      'retention purges run on the embedded store only (SKIPGRAPH_STORE=sqlite); the Neo4j adapter does not purge yet',
    );
  },
  countRecords: async () => ({ attempts: 0, audit: 0, outbox: 0 }),
  purgeRecords: async () => {
    throw new StoreUnavailableError('retention purges are not built on the Neo4j adapter yet');
  },
};
