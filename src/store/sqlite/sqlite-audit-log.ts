import { type ChainLink, chainHash, GENESIS_HASH } from '../../domain/audit/audit-chain.js';
import type { AuditFilter, AuditRecord } from '../../domain/model/index.js';
import { clampLimit, DEFAULT_AUDIT_LIMIT, epochMs } from '../port-rules.js';
import type { AuditLog } from '../roles/audit-log.js';
import { StoreConflictError } from '../store-errors.js';
import { auditFromRow } from './rows.js';
import type { SqlExecutor, SqlValue } from './sql-executor.js';

/** Records one group commit writes at most: a transaction stays short under any load. */
const MAX_GROUP = 64;

/** A record waiting for the next group commit, and its caller. */
interface Pending {
  record: AuditRecord;
  text: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Runs `fn` after the I/O callbacks of this turn of the event loop (setImmediate where there is one). */
const afterThisTurn: (fn: () => void) => void =
  typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0);

/**
 * The audit table of the embedded store: each record whole, the columns it is filtered by, and its chain link.
 *
 * With `groupCommit`, records appended outside any transaction (a guard check's) are written
 * together: those arriving in one turn of the event loop, and while the previous group is being
 * written, share one write transaction, each linked to the one before it as if appended alone.
 * A caller's promise settles only once that transaction has committed (or failed: then every
 * caller of the group gets the error, and none of its records is stored). A record appended
 * inside a caller's transaction is written there at once, as without the option.
 */
export class SqliteAuditLog implements AuditLog {
  private readonly queue: Pending[] = [];
  private writing: Promise<void> | undefined;
  private scheduled = false;

  constructor(
    private readonly db: SqlExecutor,
    private readonly options: { groupCommit?: boolean } = {},
  ) {}

  async appendAudit(record: AuditRecord): Promise<void> {
    const text = JSON.stringify(record);
    // A record the table cannot take fails its own caller here, never the rest of a group.
    epochMs(record.at, 'audit time');
    // Inside a caller's transaction (or on an executor that cannot tell), the record is part of
    // that transaction: waiting for a group would wait for the caller's own lock.
    if (!this.options.groupCommit || this.db.inTransaction?.() !== false) {
      // Read the head and write the new link in one write transaction (nested: the caller's), so two
      // decisions, even from two processes on one file, never link to the same predecessor.
      const outcome = await this.db.transaction(async (tx) =>
        appendLinked(tx, record, text, await chainHead(tx)),
      );
      if (outcome instanceof Error) throw outcome;
      return;
    }
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ record, text, resolve, reject });
      this.schedule();
    });
  }

  /** Settles once every record appended so far has been written (or has failed). */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.writing !== undefined || this.scheduled) {
      if (this.writing !== undefined) await this.writing;
      else await new Promise<void>((resolve) => afterThisTurn(resolve));
    }
  }

  private schedule(): void {
    if (this.scheduled || this.writing !== undefined) return;
    this.scheduled = true;
    afterThisTurn(() => {
      this.scheduled = false;
      this.writing = this.writeGroup().finally(() => {
        this.writing = undefined;
        if (this.queue.length > 0) this.schedule();
      });
    });
  }

  /** One transaction for the waiting records, in arrival order; each caller hears after the commit. */
  private async writeGroup(): Promise<void> {
    const group = this.queue.splice(0, MAX_GROUP);
    if (group.length === 0) return;
    let outcomes: (Error | string)[];
    try {
      outcomes = await this.db.transaction(async (tx) => {
        let head = await chainHead(tx);
        const out: (Error | string)[] = [];
        for (const p of group) {
          const outcome = await appendLinked(tx, p.record, p.text, head);
          if (typeof outcome === 'string') head = outcome;
          out.push(outcome);
        }
        return out;
      });
    } catch (error) {
      for (const p of group) p.reject(error);
      return;
    }
    group.forEach((p, i) => {
      const outcome = outcomes[i];
      if (outcome instanceof Error) p.reject(outcome);
      else p.resolve();
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

/** The hash of the newest chain link (the genesis hash on an empty chain). */
async function chainHead(tx: SqlExecutor): Promise<string> {
  const head = await tx.first<{ hash: string }>(
    'SELECT hash FROM audit_links ORDER BY seq DESC LIMIT 1',
  );
  return head?.hash ?? GENESIS_HASH;
}

/**
 * Writes one record and its link after `prevHash`, inside `tx`. Returns the new head hash; the
 * unchanged `prevHash` when the same record was already stored (a retried request: a no-op);
 * a StoreConflictError (returned, not thrown, so the rest of a group still commits) when other
 * content is stored under its id, as on Neo4j.
 */
async function appendLinked(
  tx: SqlExecutor,
  record: AuditRecord,
  text: string,
  prevHash: string,
): Promise<string | StoreConflictError> {
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
  if (changes === 0) {
    const stored = await tx.first<{ record: string }>('SELECT record FROM audit WHERE id = ?', [
      record.id,
    ]);
    if (stored?.record === text) return prevHash;
    return new StoreConflictError(`audit record ${record.id} is already stored with other content`);
  }
  const hash = chainHash(prevHash, text);
  await tx.run(
    'INSERT INTO audit_links (seq, prev_hash, hash) SELECT seq, ?, ? FROM audit WHERE id = ?',
    [prevHash, hash, record.id],
  );
  return hash;
}
