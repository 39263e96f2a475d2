import type { PromiseBook } from '../roles/promise-book.js';
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
  // Called on every corrected outcome: nothing is stored here, so nothing is withdrawn.
  withdrawPromise: async () => false,
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
  // Nothing is kept, so nothing is fresh: upkeep has no reads to make for it.
  hasFreshWorklistEntries: async () => false,
};
