import { afterEach, beforeEach, describe, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import { attemptLogContract } from './attempt-log.contract.js';
import { auditLogContract } from './audit-log.contract.js';
import { contactStatusContract } from './contact-status.contract.js';
import { graphIngestContract } from './graph-ingest.contract.js';
import { graphReadsContract } from './graph-reads.contract.js';
import { guardReadsContract } from './guard-reads.contract.js';
import { outboxContract } from './outbox.contract.js';
import { receiptsContract } from './receipts.contract.js';
import { retentionContract } from './retention.contract.js';
import { sharingReadsContract } from './sharing-reads.contract.js';
import { transactionsContract } from './transactions.contract.js';

/**
 * The GraphStore contract as a vitest suite. `makeStore` must return a fresh, empty store; it is
 * called before each test and the store is closed after it. Pass `opts.skip` (a reason) when the
 * adapter cannot run here: the suite is then reported as skipped with that reason.
 */
export function runGraphStoreContract(
  name: string,
  makeStore: () => Promise<GraphStore>,
  opts: {
    skip?: string;
    /**
     * A second, independent handle on the database of the store `makeStore` last returned (its own
     * connection, driver or HTTP client, as another process would have), for the cross-process
     * cap test; adapters that cannot share a database (`:memory:`) leave it out.
     */
    sibling?: () => Promise<GraphStore>;
  } = {},
): void {
  if (opts.skip !== undefined) {
    console.info(`[contract] ${name}: skipped: ${opts.skip}`);
    describe.skip(`GraphStore contract: ${name} (skipped: ${opts.skip})`, () => {
      it('runs where the adapter is available', () => undefined);
    });
    return;
  }

  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await makeStore();
    });

    afterEach(async () => {
      await store.close();
    });

    graphIngestContract(() => store);
    contactStatusContract(() => store);
    graphReadsContract(() => store);
    sharingReadsContract(() => store);
    attemptLogContract(() => store);
    guardReadsContract(() => store);
    transactionsContract(() => store, opts.sibling);
    auditLogContract(() => store);
    receiptsContract(() => store);
    outboxContract(() => store);
    retentionContract(() => store);
  });
}
