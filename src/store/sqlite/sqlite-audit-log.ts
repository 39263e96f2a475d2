import { type ChainLink, chainHash, GENESIS_HASH } from '../../domain/audit/audit-chain.js';
import type { AuditFilter, AuditRecord } from '../../domain/model/index.js';
import { clampLimit, DEFAULT_AUDIT_LIMIT, epochMs } from '../port-rules.js';
import type { AuditLog } from '../roles/audit-log.js';
import { StoreConflictError } from '../store-errors.js';
import { auditFromRow } from './rows.js';
import type { SqlExecutor, SqlValue } from './sql-executor.js';

/** The audit table of the embedded store: each record whole, the columns it is filtered by, and its chain link. */
export class SqliteAuditLog implements AuditLog {
  constructor(private readonly db: SqlExecutor) {}

  async appendAudit(record: AuditRecord): Promise<void> {
    const text = JSON.stringify(record);
    // Read the head and write the new link in one write transaction (nested: the caller's), so two
    // decisions, even from two processes on one file, never link to the same predecessor.
    await this.db.transaction(async (tx) => {
      const head = await tx.first<{ hash: string }>(
        'SELECT hash FROM audit_links ORDER BY seq DESC LIMIT 1',
      );
      const prevHash = head?.hash ?? GENESIS_HASH;
      const { changes } = await tx.run(
        `INSERT INTO audit (id, at, at_ms, kind, account_id, debtor_id, outcome, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO NOTHING`,
        [
          record.id,
          record.at,
          epochMs(record.at, 'audit time'),
          record.kind,
          record.accountId,
          record.debtorId ?? null,
          record.outcome,
          text,
        ],
      );
      // Already stored: the same record appended again (a retried request) is a no-op; other
      // content under a used id is a conflict, as it is on Neo4j.
      if (changes === 0) {
        const stored = await tx.first<{ record: string }>('SELECT record FROM audit WHERE id = ?', [
          record.id,
        ]);
        if (stored?.record === text) return;
        throw new StoreConflictError(
          `audit record ${record.id} is already stored with other content`,
        );
      }
      await tx.run(
        'INSERT INTO audit_links (seq, prev_hash, hash) SELECT seq, ?, ? FROM audit WHERE id = ?',
        [prevHash, chainHash(prevHash, text), record.id],
      );
    });
  }

  /** Chain links after `afterSeq` in chain order (audit rows from before the chain have none). */
  async auditChain(afterSeq: number, limit: number): Promise<ChainLink[]> {
    const rows = await this.db.all<{
      seq: number;
      id: string | null;
      prev_hash: string;
      hash: string;
      record: string | null;
      purged_id: string | null;
      purge_id: string | null;
    }>(
      `SELECT l.seq, a.id, l.prev_hash, l.hash, a.record, p.id AS purged_id, p.purge_id
       FROM audit_links l
       LEFT JOIN audit a ON a.seq = l.seq
       LEFT JOIN audit_purged p ON p.seq = l.seq
       WHERE l.seq > ? ORDER BY l.seq LIMIT ?`,
      [afterSeq, limit],
    );
    // A link whose audit row is gone without a tombstone hashes the empty text: verification names
    // it as altered. A tombstoned one names its purge, which verification then looks for.
    return rows.map((r) => {
      const link: ChainLink = {
        seq: Number(r.seq),
        id: r.id ?? r.purged_id ?? '(missing)',
        prevHash: r.prev_hash,
        hash: r.hash,
        recordText: r.record ?? '',
      };
      if (r.record === null && r.purge_id !== null) link.purgedBy = r.purge_id;
      return link;
    });
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
