/** A value SQLite and Cloudflare D1 both bind. */
export type SqlValue = string | number | bigint | null | Uint8Array;

/** One statement with positional `?` parameters. */
export interface SqlStatement {
  sql: string;
  params?: SqlValue[];
}

/**
 * The small async SQL surface the embedded store is written over, so the same SQL
 * runs on better-sqlite3 (Node) and on Cloudflare D1 (Workers).
 */
export interface SqlExecutor {
  /** Bound parameters one statement may carry (absent: 100, Cloudflare D1's limit). */
  readonly maxParameters?: number;
  /** Runs one statement that returns no rows. */
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }>;
  /** Runs one query and returns every row. */
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  /** Runs one query and returns its first row, if any. */
  first<T>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  /** Runs the statements atomically: all or none (D1: `batch`). */
  batch(statements: SqlStatement[]): Promise<void>;
  /**
   * Runs `fn` inside one serialised write transaction. On D1, which has no interactive
   * transactions, an implementation serialises within the isolate and documents the limit.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * True when the caller runs inside one of this executor's open transactions (its statements
   * would join it), false when not; absent when the executor cannot tell.
   */
  inTransaction?(): boolean;
  close(): Promise<void>;
}
