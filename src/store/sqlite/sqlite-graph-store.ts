import { ComposedGraphStore } from '../composed-graph-store.js';
import type { StoreTx } from '../graph-store.js';
import type { FanOutOptions } from '../port-rules.js';
import type { SqlExecutor } from './sql-executor.js';
import { SqliteAttemptLog } from './sqlite-attempt-log.js';
import { SqliteAuditLog } from './sqlite-audit-log.js';
import { SqliteContactStatus } from './sqlite-contact-status.js';
import { SqliteGraphIngest } from './sqlite-graph-ingest.js';
import { SqliteGraphReads } from './sqlite-graph-reads.js';
import { SqliteOutbox } from './sqlite-outbox.js';
import { SqlitePromiseBook } from './sqlite-promise-book.js';
import { SqliteReceipts } from './sqlite-receipts.js';
import { SqliteRetention } from './sqlite-retention.js';
import { SqliteWorklistIndex } from './sqlite-worklist-index.js';

/** Options of the embedded store. */
export type SqliteGraphStoreOptions = FanOutOptions & {
  /**
   * Audit records appended outside a transaction (guard checks) share write transactions (see
   * SqliteAuditLog); each caller still hears only after its record is committed.
   */
  groupCommit?: boolean;
};

/**
 * The embedded GraphStore: SQLite through a SqlExecutor (better-sqlite3 on Node, D1 on
 * Workers), one role object per concern (sqlite-*.ts beside this file) over the same executor.
 * Each upsert call is one atomic batch and idempotent. Relationships may name nodes that are not
 * stored yet (an importer may send edges before nodes); readers skip such dangling ends, and
 * they resolve once the node arrives.
 */
export class SqliteGraphStore extends ComposedGraphStore {
  readonly name = 'sqlite';
  private readonly auditLog: SqliteAuditLog;

  constructor(
    private readonly db: SqlExecutor,
    private readonly options: SqliteGraphStoreOptions = {},
  ) {
    const audit = new SqliteAuditLog(db, { groupCommit: options.groupCommit === true });
    super({
      graph: new SqliteGraphReads(db, options),
      ingest: new SqliteGraphIngest(db),
      contacts: new SqliteContactStatus(db),
      attempts: new SqliteAttemptLog(db),
      audit,
      receipts: new SqliteReceipts(db),
      outbox: new SqliteOutbox(db),
      promises: new SqlitePromiseBook(db),
      worklist: new SqliteWorklistIndex(db),
      retention: new SqliteRetention(db),
    });
    this.auditLog = audit;
  }

  async ping(): Promise<void> {
    await this.db.first('SELECT 1 AS ok');
  }

  async transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    // Inside the transaction an audit record is part of it: no group commit there.
    return this.db.transaction((tx) =>
      fn(new SqliteGraphStore(tx, { ...this.options, groupCommit: false })),
    );
  }

  async close(): Promise<void> {
    await this.auditLog.drain();
    await this.db.close();
  }
}
