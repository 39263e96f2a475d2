/** Parameters of one Cypher statement: plain JSON-like values (numbers, strings, booleans, null, lists, maps). */
export type CypherParams = Record<string, unknown>;

/** One result row as plain values keyed by column name (driver integers already converted to numbers). */
export type CypherRecord = Record<string, unknown>;

/** A transaction in progress: statements run in it see each other's writes and commit together. */
export interface CypherTx {
  /** Runs one statement with parameters and returns every row. */
  run(query: string, params: CypherParams): Promise<CypherRecord[]>;
}

/**
 * The small surface the Neo4j store is written over, so the same adapter runs over Bolt
 * (neo4j-driver, Node) and over the Neo4j Query API (HTTP, where no socket can be opened).
 * `work` may be retried on a transient failure (deadlock, leader switch), so it must not have
 * effects outside the transaction. Failures of the database surface as StoreUnavailableError
 * (unreachable, transient after retries) or StoreConflictError (a uniqueness constraint).
 */
export interface CypherRunner {
  /** Runs `work` in one read transaction. */
  executeRead<T>(work: (tx: CypherTx) => Promise<T>): Promise<T>;
  /**
   * Runs one read statement in an implicit (auto-commit) transaction, after the bookmarks of the
   * writes before it: one round trip, where `executeRead` adds the opening and the commit of an
   * explicit one. For a read that is a single statement; transient failures are retried.
   */
  readOnce?(query: string, params: CypherParams): Promise<CypherRecord[]>;
  /** Runs `work` in one write transaction; it commits when `work` resolves and rolls back when it throws. */
  executeWrite<T>(work: (tx: CypherTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
