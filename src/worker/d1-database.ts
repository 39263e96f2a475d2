/**
 * The part of Cloudflare's D1 binding the Worker uses, typed here so the Node build needs no
 * Workers type package. Mirrors `D1Database` from `@cloudflare/workers-types`.
 */

/** A value D1 binds to a `?` parameter. */
export type D1Value = string | number | boolean | null | ArrayBuffer | ArrayBufferView;

/** What D1 reports about a statement it ran. */
export interface D1Meta {
  changes?: number;
  last_row_id?: number;
  duration?: number;
}

/** The result of `all()`/`run()`: rows (possibly none) and the statement's metadata. */
export interface D1Result<T = Record<string, unknown>> {
  results: T[];
  success: boolean;
  meta: D1Meta;
}

/** A prepared statement, bound or not. */
export interface D1PreparedStatement {
  bind(...values: D1Value[]): D1PreparedStatement;
  all<T = Record<string, unknown>>(): Promise<D1Result<T>>;
  first<T = Record<string, unknown>>(): Promise<T | null>;
  run<T = Record<string, unknown>>(): Promise<D1Result<T>>;
}

/** The D1 database binding (`env.DB`). */
export interface D1Database {
  prepare(sql: string): D1PreparedStatement;
  /** Runs the statements in one implicit transaction: all or none. */
  batch<T = Record<string, unknown>>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]>;
}
