import Database from 'better-sqlite3-multiple-ciphers';
import { StoreUnavailableError } from '../store-errors.js';
import type { SqlExecutor, SqlStatement, SqlValue } from './sql-executor.js';
import { type ActiveTransaction, Connection } from './sqlite-connection.js';
import { applyKey, unreadableDatabase } from './sqlite-encryption.js';
import { mapSqliteError } from './sqlite-errors.js';

/** Options for opening the embedded database. */
export interface BetterSqlite3Options {
  /**
   * How long a writer waits for another process's lock (a CLI import or a second server on the
   * same file) before failing with SQLITE_BUSY, in ms (default 5000). A transaction waits for it
   * asynchronously; a plain statement outside one waits synchronously (better-sqlite3), so this
   * is also the longest such a statement can stall the event loop.
   */
  busyTimeoutMs?: number;
  /** Prepared statements kept for reuse; statements with generated SQL beyond this are re-prepared. */
  statementCacheSize?: number;
  /** SQLite page cache in MiB (default 64): index pages of a large graph stay in memory. */
  cacheMiB?: number;
  /**
   * Bytes of the file read through mmap (default 1 GiB, about a million-person graph; 0 turns
   * it off). Mapped pages are the OS page cache itself: random look-ups cost no read() call.
   */
  mmapBytes?: number;
  /**
   * Encrypts the file (SQLCipher 4 format) with this key, from SKIPGRAPH_DB_KEY; a file written
   * with a key cannot be read without it. Ignored for `:memory:`.
   */
  key?: string;
  /**
   * WAL pages after which a commit checkpoints (SQLite's default 1,000, 4 MiB). A bulk import
   * raises it so pages rewritten by many transactions reach the file once per interval, not once
   * per commit; the WAL is checkpointed and truncated when the executor closes either way.
   */
  checkpointPages?: number;
}

type Db = Database.Database;

/** SQLite's SQLITE_MAX_VARIABLE_NUMBER before 3.32 (32,766 since): safe for any build. */
const MAX_PARAMETERS = 999;

/**
 * The executor handed to a transaction's body. Its statements run directly (the body holds the
 * lock); a nested `transaction` just runs inside the outer one, so a failure anywhere rolls back
 * everything. It refuses work once the transaction has ended, so a leaked handle cannot write
 * outside any transaction.
 */
class TxExecutor implements ActiveTransaction {
  active = true;
  readonly maxParameters = MAX_PARAMETERS;

  constructor(private readonly conn: Connection) {}

  private check(): void {
    if (!this.active)
      throw new Error(
        'transaction already finished; use the store, not a leaked transaction handle',
      );
  }

  async run(sql: string, params: SqlValue[] = []): Promise<{ changes: number }> {
    this.check();
    return this.conn.run(sql, params);
  }

  async all<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    this.check();
    return this.conn.all<T>(sql, params);
  }

  async first<T>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    this.check();
    return this.conn.first<T>(sql, params);
  }

  async batch(statements: SqlStatement[]): Promise<void> {
    this.check();
    this.conn.batch(statements);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    this.check();
    return fn(this);
  }

  inTransaction(): boolean {
    return this.active;
  }

  async close(): Promise<void> {
    throw new Error('cannot close the database from inside a transaction');
  }
}

/**
 * SqlExecutor over one better-sqlite3 connection (a file in WAL mode, or `:memory:`).
 *
 * Every write transaction is serialised by an in-process FIFO lock and runs as
 * BEGIN IMMEDIATE … COMMIT (ROLLBACK when the body throws). Plain statements issued while a
 * transaction is open wait for it too, so nothing outside the transaction ever lands inside it
 * or reads its uncommitted rows; when no transaction is open they run at once. A call made from
 * inside a transaction's body, even through the root executor, joins that transaction instead
 * of waiting for itself (tracked with AsyncLocalStorage).
 */
export class BetterSqlite3Executor implements SqlExecutor {
  readonly maxParameters = MAX_PARAMETERS;
  private readonly conn: Connection;
  private readonly busyTimeoutMs: number;
  private readonly checkpointOnClose: boolean;

  constructor(path: string, options: BetterSqlite3Options = {}) {
    this.checkpointOnClose = options.checkpointPages !== undefined && path !== ':memory:';
    let db: Db;
    this.busyTimeoutMs = Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000));
    try {
      db = new Database(path);
      const keyed = options.key !== undefined && path !== ':memory:';
      if (keyed) applyKey(db, options.key as string);
      try {
        // The first read of the file: a wrong key, or a key missing, shows here.
        db.prepare('SELECT count(*) FROM sqlite_master').get();
      } catch (error) {
        db.close();
        if ((error as { code?: unknown }).code === 'SQLITE_NOTADB')
          throw unreadableDatabase(keyed, error);
        throw error;
      }
      db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
      // WAL lets readers in other processes (backups, the CLI) work beside the server; `:memory:` stays in memory mode.
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode is durable across application crashes; only a power loss can drop the last commits.
      db.pragma('synchronous = NORMAL');
      // Edges may name nodes that arrive later in an import (see schema.ts), so no foreign keys.
      db.pragma('foreign_keys = OFF');
      // SQLite's 2 MiB default cache makes random index inserts and walks on a million-node graph hit the OS per page.
      db.pragma(`cache_size = ${-1024 * Math.max(2, Math.floor(options.cacheMiB ?? 64))}`);
      // Mapped pages would bypass the cipher, so an encrypted file is read through the page cache only.
      const mmap = keyed ? 0 : Math.max(0, Math.floor(options.mmapBytes ?? 1024 * 1024 * 1024));
      db.pragma(`mmap_size = ${mmap}`);
      if (options.checkpointPages !== undefined)
        db.pragma(`wal_autocheckpoint = ${Math.max(0, Math.floor(options.checkpointPages))}`);
    } catch (error) {
      // Whatever stops the file from opening (missing directory, permissions, not a database) means no store.
      const mapped = mapSqliteError(error);
      throw mapped instanceof StoreUnavailableError
        ? mapped
        : new StoreUnavailableError('cannot open the embedded database', { cause: error });
    }
    this.conn = new Connection(db, options.statementCacheSize ?? 256);
  }

  /** The executor of the transaction the caller is running inside, if any. */
  private current(): ActiveTransaction | undefined {
    const tx = this.conn.context.getStore();
    return tx?.active ? tx : undefined;
  }

  /** Runs `op` now when no transaction is open (or the caller is inside it), otherwise after it. */
  private async outside<T>(op: () => T): Promise<T> {
    if (this.current() !== undefined || !this.conn.mutex.locked) return op();
    const release = await this.conn.mutex.acquire();
    try {
      return op();
    } finally {
      release();
    }
  }

  async run(sql: string, params: SqlValue[] = []): Promise<{ changes: number }> {
    return this.outside(() => this.conn.run(sql, params));
  }

  async all<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return this.outside(() => this.conn.all<T>(sql, params));
  }

  async first<T>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return this.outside(() => this.conn.first<T>(sql, params));
  }

  async batch(statements: SqlStatement[]): Promise<void> {
    return this.outside(() => this.conn.batch(statements));
  }

  inTransaction(): boolean {
    return this.current() !== undefined;
  }

  /**
   * BEGIN IMMEDIATE, waiting for another process's write lock without stalling the event loop:
   * one non-blocking try, then a pause (1 ms doubling to 50 ms) and again, up to the busy timeout.
   * Blocking here would also stop this process's own open work, so that two connections of one
   * process (or a server whose event loop the wait froze) could never finish.
   */
  private async beginImmediate(): Promise<void> {
    this.conn.ensureOpen();
    const deadline = Date.now() + this.busyTimeoutMs;
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
      // Through the statement cache: db.pragma() prepares its statement anew each time, which
      // cost as much as the BEGIN itself on every write transaction (a guard check's audit group).
      this.conn.run('PRAGMA busy_timeout = 0', []);
      try {
        this.conn.run('BEGIN IMMEDIATE', []);
        return;
      } catch (error) {
        const code = (error as { cause?: { code?: unknown } }).cause?.code;
        if (code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
      } finally {
        this.conn.run(`PRAGMA busy_timeout = ${this.busyTimeoutMs}`, []);
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const outer = this.current();
    if (outer !== undefined) return fn(outer);
    const release = await this.conn.mutex.acquire();
    const tx = new TxExecutor(this.conn);
    try {
      await this.beginImmediate();
      let result: T;
      try {
        result = await this.conn.context.run(tx, () => fn(tx));
      } catch (error) {
        tx.active = false;
        this.rollback();
        throw error;
      }
      tx.active = false;
      try {
        this.conn.run('COMMIT', []);
      } catch (error) {
        this.rollback();
        throw error;
      }
      return result;
    } finally {
      tx.active = false;
      release();
    }
  }

  /**
   * Copies the WAL into the file and truncates it; a reader in another process holding an old
   * snapshot leaves the rest for a later checkpoint (SQLite's own, at that process's commits).
   */
  private checkpoint(): void {
    try {
      this.conn.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Busy or interrupted: the WAL stays valid and SQLite checkpoints it later.
    }
  }

  /** Rolls back if a transaction is still open; a failed rollback must not hide the original error. */
  private rollback(): void {
    if (this.conn.closed || !this.conn.db.open || !this.conn.db.inTransaction) return;
    try {
      this.conn.db.exec('ROLLBACK');
    } catch {
      // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing more to undo.
    }
  }

  /** Waits for the running and queued transactions, then closes the connection. Closing twice is harmless. */
  async close(): Promise<void> {
    if (this.conn.closed) return;
    if (this.current() !== undefined)
      throw new Error('cannot close the database from inside a transaction');
    const release = await this.conn.mutex.acquire();
    try {
      if (!this.conn.closed) {
        this.conn.closed = true;
        if (this.checkpointOnClose) this.checkpoint();
        this.conn.db.close();
      }
    } finally {
      release();
    }
  }
}
