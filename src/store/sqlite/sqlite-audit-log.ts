import type { AuditFilter, AuditRecord } from '../../domain/model/index.js';
import { clampLimit, DEFAULT_AUDIT_LIMIT, epochMs } from '../port-rules.js';
import type { AuditLog } from '../roles/audit-log.js';
import { auditFromRow } from './rows.js';
import type { SqlExecutor, SqlValue } from './sql-executor.js';

/** The audit table of the embedded store: each record whole, plus the columns it is filtered by. */
export class SqliteAuditLog implements AuditLog {
  constructor(private readonly db: SqlExecutor) {}

  async appendAudit(record: AuditRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO audit (id, at, at_ms, kind, account_id, debtor_id, outcome, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        record.id,
        record.at,
        epochMs(record.at, 'audit time'),
        record.kind,
        record.accountId,
        record.debtorId ?? null,
        record.outcome,
        JSON.stringify(record),
      ],
    );
  }

  /** Audit entries matching the filter, newest first; at most `limit` (default 100). */
  async listAudit(filter: AuditFilter): Promise<AuditRecord[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.accountId !== undefined) {
      where.push('account_id = ?');
      params.push(filter.accountId);
    }
    if (filter.debtorId !== undefined) {
      where.push('debtor_id = ?');
      params.push(filter.debtorId);
    }
    if (filter.outcome !== undefined) {
      where.push('outcome = ?');
      params.push(filter.outcome);
    }
    if (filter.from !== undefined) {
      where.push('at_ms >= ?');
      params.push(epochMs(filter.from, 'window start'));
    }
    if (filter.to !== undefined) {
      where.push('at_ms < ?');
      params.push(epochMs(filter.to, 'window end'));
    }
    params.push(clampLimit(filter.limit, DEFAULT_AUDIT_LIMIT));
    const rows = await this.db.all<{ record: string }>(
      `SELECT record FROM audit${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY at_ms DESC, seq DESC LIMIT ?`,
      params,
    );
    return rows.map(auditFromRow);
  }
}
