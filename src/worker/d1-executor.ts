import { AsyncMutex } from '../store/sqlite/async-mutex.js';
import type { SqlExecutor, SqlStatement, SqlValue } from '../store/sqlite/sql-executor.js';
import { StoreConflictError, StoreUnavailableError } from '../store/store-errors.js';
import type { D1Database, D1PreparedStatement, D1Value } from './d1-database.js';

// D1 messages that mean "the database is not there right now", not "your statement is wrong".
const UNAVAILABLE =
  /network connection lost|overloaded|reset because|storage operation exceeded timeout|internal error|too many requests|temporarily unavailable|object to be reset|D1 DB is/i;
const MISSING_SCHEMA = /no such table/i;
const CONSTRAINT = /constraint failed|SQLITE_CONSTRAINT/i;

/**
 * Maps a D1 failure to the store's typed errors. D1 messages can quote bound values, so the
 * message we keep names only the kind of failure; the original stays as `cause`, which logs omit.
 */
export function mapD1Error(error: unknown): Error {
  if (error instanceof StoreUnavailableError || error instanceof StoreConflictError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (MISSING_SCHEMA.test(text)) {
    return new StoreUnavailableError(
      'D1 schema missing: apply the migrations (wrangler d1 migrations apply)',
      { cause: error },
    );
  }
  if (CONSTRAINT.test(text))
    return new StoreConflictError('write conflicts with stored data (D1 constraint)', {
      cause: error,
    });
  if (UNAVAILABLE.test(text)) return new StoreUnavailableError('D1 unavailable', { cause: error });
  return new Error('D1 statement failed', { cause: error });
}

/** D1 binds no bigint: a safe integer becomes a number, anything larger is refused rather than rounded. */
function toD1(value: SqlValue): D1Value {
  if (typeof value !== 'bigint') return value;
  if (value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER))
    return Number(value);
  throw new RangeError('D1 cannot store an integer beyond 2^53 exactly');
}

function prepare(db: D1Database, sql: string, params: SqlValue[] | undefined): D1PreparedStatement {
  // Convert first: a value D1 cannot hold is the caller's error, reported as such, not as a D1 failure.
  const values = (params ?? []).map(toD1);
  try {
    const statement = db.prepare(sql);
    return values.length > 0 ? statement.bind(...values) : statement;
  } catch (error) {
    throw mapD1Error(error);
  }
}

/** Runs one D1 call, its failure mapped to the store's typed errors. */
async function mapped<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw mapD1Error(error);
  }
}

/** One isolate-wide lock: every D1Executor in this isolate serialises its transactions on it. */
const ISOLATE_LOCK = new AsyncMutex();

/**
 * The executor a transaction body receives: statements run at once (the body holds the isolate
 * lock), a nested transaction joins the outer one, and a handle leaked past the body is refused.
 */
class D1TxExecutor implements SqlExecutor {
  active = true;

  constructor(private readonly root: D1Executor) {}

  private check(): void {
    if (!this.active)
      throw new Error(
        'transaction already finished; use the store, not a leaked transaction handle',
      );
  }

  async run(sql: string, params?: SqlValue[]): Promise<{ changes: number }> {
    this.check();
    return this.root.run(sql, params);
  }

  async all<T>(sql: string, params?: SqlValue[]): Promise<T[]> {
    this.check();
    return this.root.all<T>(sql, params);
  }

  async first<T>(sql: string, params?: SqlValue[]): Promise<T | undefined> {
    this.check();
    return this.root.first<T>(sql, params);
  }

  async batch(statements: SqlStatement[]): Promise<void> {
    this.check();
    return this.root.batch(statements);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    this.check();
    return fn(this);
  }

  async close(): Promise<void> {
    throw new Error('cannot close the database from inside a transaction');
  }
}

/**
 * SqlExecutor over a Cloudflare D1 binding, so the embedded store's SQL runs at the edge.
 *
 * `batch` is D1's batch: one implicit transaction, all statements or none.
 * `transaction` is weaker, because D1 has no interactive transactions (BEGIN is refused):
 * bodies are serialised by a FIFO lock within this isolate, so two requests served by the same
 * isolate cannot interleave a check-then-record; but each statement commits as it runs (a body
 * that throws half-way leaves its earlier writes), and requests served by other isolates or
 * locations are not serialised by it. The Worker therefore sends every write to one Durable Object
 * (src/worker/serial-writer.ts), whose single isolate makes this lock global; see README.md.
 * @example const store = new SqliteGraphStore(new D1Executor(env.DB))
 */
export class D1Executor implements SqlExecutor {
  constructor(
    private readonly db: D1Database,
    private readonly lock: AsyncMutex = ISOLATE_LOCK,
  ) {}

  async run(sql: string, params?: SqlValue[]): Promise<{ changes: number }> {
    const statement = prepare(this.db, sql, params);
    const result = await mapped(() => statement.run());
    return { changes: result.meta.changes ?? 0 };
  }

  async all<T>(sql: string, params?: SqlValue[]): Promise<T[]> {
    const statement = prepare(this.db, sql, params);
    const result = await mapped(() => statement.all<T>());
    return result.results;
  }

  async first<T>(sql: string, params?: SqlValue[]): Promise<T | undefined> {
    const statement = prepare(this.db, sql, params);
    const row = await mapped(() => statement.first<T>());
    return row ?? undefined;
  }

  async batch(statements: SqlStatement[]): Promise<void> {
    if (statements.length === 0) return;
    const prepared = statements.map((s) => prepare(this.db, s.sql, s.params));
    await mapped(() => this.db.batch(prepared));
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      const tx = new D1TxExecutor(this);
      try {
        return await fn(tx);
      } finally {
        tx.active = false;
      }
    });
  }

  /** The binding belongs to the runtime; there is nothing to close. */
  async close(): Promise<void> {}
}
