import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3-multiple-ciphers';
import { StoreUnavailableError } from '../store-errors.js';
import { AsyncMutex } from './async-mutex.js';
import type { SqlExecutor, SqlStatement, SqlValue } from './sql-executor.js';
import { mapSqliteError } from './sqlite-errors.js';

/** A transaction's executor, while its body runs. */
export interface ActiveTransaction extends SqlExecutor {
  active: boolean;
}

type Db = Database.Database;
type Statement = Database.Statement<unknown[], unknown>;

/** better-sqlite3 binds Buffers but not plain Uint8Arrays, which D1 takes; wrap them without copying. */
function bindable(params: SqlValue[]): unknown[] {
  return params.map((p) =>
    p instanceof Uint8Array && !Buffer.isBuffer(p)
      ? Buffer.from(p.buffer, p.byteOffset, p.byteLength)
      : p,
  );
}

/** The connection plus what every executor view of it shares. */
export class Connection {
  readonly mutex = new AsyncMutex();
  /** Set while the current async context runs inside a transaction's body. */
  readonly context = new AsyncLocalStorage<ActiveTransaction>();
  private readonly statements = new Map<string, Statement>();
  closed = false;

  constructor(
    readonly db: Db,
    private readonly cacheSize: number,
  ) {}

  /** A prepared statement for the SQL, reused while it stays in the bounded cache. */
  prepare(sql: string): Statement {
    const cached = this.statements.get(sql);
    if (cached !== undefined) {
      // Move to the back: the map's insertion order doubles as least-recently-used order.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const statement = this.db.prepare(sql);
    this.statements.set(sql, statement);
    if (this.statements.size > this.cacheSize) {
      const oldest = this.statements.keys().next().value;
      if (oldest !== undefined) this.statements.delete(oldest);
    }
    return statement;
  }

  ensureOpen(): void {
    if (this.closed || !this.db.open)
      throw new StoreUnavailableError('embedded database is closed');
  }

  run(sql: string, params: SqlValue[]): { changes: number } {
    this.ensureOpen();
    try {
      const statement = this.prepare(sql);
      // A statement that returns rows (INSERT … RETURNING, a PRAGMA) must be stepped with all(); each row is one change.
      if (statement.reader) return { changes: statement.all(...bindable(params)).length };
      return { changes: statement.run(...bindable(params)).changes };
    } catch (error) {
      throw mapSqliteError(error);
    }
  }

  all<T>(sql: string, params: SqlValue[]): T[] {
    this.ensureOpen();
    try {
      return this.prepare(sql).all(...bindable(params)) as T[];
    } catch (error) {
      throw mapSqliteError(error);
    }
  }

  first<T>(sql: string, params: SqlValue[]): T | undefined {
    this.ensureOpen();
    try {
      return this.prepare(sql).get(...bindable(params)) as T | undefined;
    } catch (error) {
      throw mapSqliteError(error);
    }
  }

  /** All statements or none; inside an open transaction better-sqlite3 uses a savepoint. */
  batch(statements: SqlStatement[]): void {
    this.ensureOpen();
    try {
      this.db.transaction(() => {
        for (const s of statements) {
          const statement = this.prepare(s.sql);
          const params = bindable(s.params ?? []);
          if (statement.reader) statement.all(...params);
          else statement.run(...params);
        }
      })();
    } catch (error) {
      throw mapSqliteError(error);
    }
  }
}
