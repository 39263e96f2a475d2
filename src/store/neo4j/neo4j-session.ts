import type { FanOutOptions } from '../port-rules.js';
import { batchesOf } from '../port-rules.js';
import { cypher } from './cypher.js';
import type { QueryName, QueryParams } from './cypher-queries.js';
import { type RowOf, type RowsQuery, rowKeysProblem } from './cypher-rows.js';
import type { CypherRecord, CypherRunner, CypherTx } from './cypher-runner.js';
import type { Props } from './neo4j-rows.js';

/** Options of the Neo4j store: the neighbourhood hub caps, and the import batch size. */
export interface Neo4jGraphStoreOptions extends FanOutOptions {
  /** Rows per UNWIND statement (one round trip each; default 1000). */
  batchSize?: number;
}

/** Rows per UNWIND statement: large enough that an import is a few round trips, small enough for one request body. */
export { batchesOf } from '../port-rules.js';

export const DEFAULT_BATCH_SIZE = 1000;
/** Bounds standing in for an open window end: every stored epoch-millisecond time lies between them. */
export const EARLIEST_MS = Number.MIN_SAFE_INTEGER;
export const LATEST_MS = Number.MAX_SAFE_INTEGER;
/** LIMIT when the caller wants every match. */
export const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** A map value of a record, or an empty map. */
export function propsOf(record: CypherRecord | undefined, column: string): Props | undefined {
  const value = record?.[column];
  return value !== null && typeof value === 'object' ? (value as Props) : undefined;
}

/**
 * How each role of the Neo4j store reaches the database: the runner, the store's options and,
 * for a store handed to a transaction's function, that transaction (everything then runs in it).
 */
export class Neo4jSession {
  constructor(
    readonly runner: CypherRunner,
    readonly options: Neo4jGraphStoreOptions = {},
    /** Set on the store handed to a transaction's function: everything runs in that transaction. */
    readonly tx?: CypherTx,
  ) {}

  /** Runs `work` in this session's transaction, or else in a read transaction of its own. */
  read<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.tx !== undefined ? work(this.tx) : this.runner.executeRead(work);
  }

  /**
   * Runs one read statement: in this session's transaction, or else in an implicit transaction of
   * the runner (one round trip instead of three on the guard's hot path), or in a read transaction.
   */
  readOne<N extends QueryName>(name: N, params: QueryParams<N>): Promise<CypherRecord[]> {
    if (this.tx !== undefined) return this.tx.run(cypher(name), params);
    if (this.runner.readOnce !== undefined) return this.runner.readOnce(cypher(name), params);
    return this.runner.executeRead((tx) => tx.run(cypher(name), params));
  }

  /** Runs `work` in this session's transaction, or else in a write transaction of its own. */
  write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.tx !== undefined ? work(this.tx) : this.runner.executeWrite(work);
  }

  /** Runs the named Cypher file with exactly its declared parameters. */
  run<N extends QueryName>(tx: CypherTx, name: N, params: QueryParams<N>): Promise<CypherRecord[]> {
    return tx.run(cypher(name), params);
  }

  /**
   * Runs an UNWIND upsert in batches, in one write transaction. The first row of each batch is
   * checked against the statement's declared row keys (a programming error throws before anything
   * is sent). Every batch is handed to the transaction before the first answer is awaited: over
   * Bolt the driver pipelines them, so the server runs one batch while the next is encoded and
   * sent, instead of idling for a round trip per batch (the Query API runner queues them, one
   * request at a time, as its transaction endpoint requires).
   */
  async upsertBatches<N extends RowsQuery>(name: N, rows: readonly RowOf<N>[]): Promise<void> {
    if (rows.length === 0) return;
    const size = Math.max(1, this.options.batchSize ?? DEFAULT_BATCH_SIZE);
    const batches = batchesOf(rows, size);
    for (const batch of batches) {
      const problem = batch[0] === undefined ? undefined : rowKeysProblem(name, batch[0]);
      if (problem !== undefined) throw new TypeError(problem);
    }
    const statement = cypher(name);
    await this.write(async (tx) => {
      await Promise.all(batches.map((batch) => tx.run(statement, { rows: batch })));
    });
  }

  /** Runs `fn` with a session bound to one write transaction (this one's, when already inside one). */
  transactionally<T>(fn: (session: Neo4jSession) => Promise<T>): Promise<T> {
    if (this.tx !== undefined) return fn(this);
    return this.runner.executeWrite((tx) => fn(new Neo4jSession(this.runner, this.options, tx)));
  }
}
