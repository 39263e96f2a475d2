import { ComposedGraphStore } from '../composed-graph-store.js';
import type { StoreTx } from '../graph-store.js';
import { StoreUnavailableError } from '../store-errors.js';
import type { CypherRunner, CypherTx } from './cypher-runner.js';
import { Neo4jAttemptLog } from './neo4j-attempt-log.js';
import { Neo4jAuditLog } from './neo4j-audit-log.js';
import { neo4jPromiseBook, neo4jWorklistIndex } from './neo4j-collections-unsupported.js';
import { Neo4jContactStatus } from './neo4j-contact-status.js';
import { Neo4jGraphIngest } from './neo4j-graph-ingest.js';
import { Neo4jGraphReads } from './neo4j-graph-reads.js';
import { Neo4jOutbox } from './neo4j-outbox.js';
import { Neo4jReceipts } from './neo4j-receipts.js';
import { Neo4jRetention } from './neo4j-retention.js';
import { type Neo4jGraphStoreOptions, Neo4jSession } from './neo4j-session.js';

export { batchesOf, DEFAULT_BATCH_SIZE, type Neo4jGraphStoreOptions } from './neo4j-session.js';

/**
 * The GraphStore on Neo4j, over a CypherRunner (Bolt on Node, the Query API on Workers), one
 * role object per concern (neo4j-*.ts beside this file) over the same session. Every
 * statement is a file of `cypher/`, run with parameters only. Imports are UNWIND batches: one
 * round trip per `batchSize` rows, all batches of one call in one write transaction.
 * Relationships may name nodes not stored yet: the far end is created with its key only and
 * counts as not stored (readers skip it) until its own upsert arrives.
 */
export class Neo4jGraphStore extends ComposedGraphStore {
  readonly name = 'neo4j';
  /** Serialises `transaction()` within this process, as the port promises; lockScopes covers other processes. */
  private chain: Promise<unknown> = Promise.resolve();
  private readonly session: Neo4jSession;

  constructor(
    runner: CypherRunner,
    options: Neo4jGraphStoreOptions = {},
    /** Set on the store handed to a transaction's function: everything runs in that transaction. */
    tx?: CypherTx,
  ) {
    const session = new Neo4jSession(runner, options, tx);
    super({
      graph: new Neo4jGraphReads(session),
      ingest: new Neo4jGraphIngest(session),
      contacts: new Neo4jContactStatus(session),
      attempts: new Neo4jAttemptLog(session),
      audit: new Neo4jAuditLog(session),
      receipts: new Neo4jReceipts(session),
      outbox: new Neo4jOutbox(session),
      promises: neo4jPromiseBook,
      worklist: neo4jWorklistIndex,
      retention: new Neo4jRetention(session),
    });
    this.session = session;
  }

  async ping(): Promise<void> {
    try {
      await this.session.read((tx) => this.session.run(tx, 'ping', {}));
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      throw new StoreUnavailableError('neo4j did not answer the ping', { cause: error });
    }
  }

  /**
   * Runs `fn` in one write transaction of the runner (retried whole on a transient failure, so
   * `fn` must only act through `tx`). Transactions of this store are serialised in-process;
   * across processes and cluster members, `tx.lockScopes` serialises the ones that matter.
   */
  async transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    const { runner, options, tx: bound } = this.session;
    if (bound !== undefined) return fn(this);
    const run = this.chain.then(() =>
      runner.executeWrite((tx) => fn(new Neo4jGraphStore(runner, options, tx))),
    );
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Closes the runner (the driver's connection pool); a store bound to a transaction closes nothing. */
  async close(): Promise<void> {
    if (this.session.tx === undefined) await this.session.runner.close();
  }
}
