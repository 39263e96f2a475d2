import type { DispatchRecord, DispatchStatus } from '../../domain/model/index.js';
import { clampLimit, MAX_LIST_LIMIT } from '../port-rules.js';
import type { Outbox } from '../roles/outbox.js';
import { dispatchFromRow, type OutboxRow } from './rows.js';
import type { SqlExecutor, SqlValue } from './sql-executor.js';

/** The outbox table of the embedded store, in the order dispatches were queued. */
export class SqliteOutbox implements Outbox {
  constructor(private readonly db: SqlExecutor) {}

  /** Queues a dispatch; an id already queued is a StoreConflictError. */
  async enqueueDispatch(r: DispatchRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO outbox (id, attempt_id, channel, to_kind, to_value, message, provider, status, tries, last_error, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        r.id,
        r.attemptId,
        r.channel,
        r.to.kind,
        r.to.value,
        r.message ?? null,
        r.provider,
        r.status,
        r.tries,
        r.lastError ?? null,
        r.createdAt,
        r.updatedAt,
      ],
    );
  }

  async updateDispatch(
    id: string,
    patch: { status: DispatchStatus; tries?: number; lastError?: string; updatedAt: string },
  ): Promise<void> {
    await this.db.run(
      `UPDATE outbox SET status = ?, tries = coalesce(?, tries), last_error = coalesce(?, last_error), updated_at = ? WHERE id = ?`,
      [patch.status, patch.tries ?? null, patch.lastError ?? null, patch.updatedAt, id],
    );
  }

  /** Outbox records in the order they were queued; every match unless `limit` is given. */
  async listOutbox(filter: { status?: DispatchStatus; limit?: number }): Promise<DispatchRecord[]> {
    const params: SqlValue[] = [];
    let sql = 'SELECT * FROM outbox';
    if (filter.status !== undefined) {
      sql += ' WHERE status = ?';
      params.push(filter.status);
    }
    sql += ' ORDER BY seq';
    if (filter.limit !== undefined) {
      sql += ' LIMIT ?';
      params.push(clampLimit(filter.limit, MAX_LIST_LIMIT));
    }
    const rows = await this.db.all<OutboxRow>(sql, params);
    return rows.map(dispatchFromRow);
  }
}
