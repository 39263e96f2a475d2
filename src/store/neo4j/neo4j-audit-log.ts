import { type ChainLink, chainHash, GENESIS_HASH } from '../../domain/audit/audit-chain.js';
import type { AuditFilter, AuditRecord } from '../../domain/model/index.js';
import { clampLimit, DEFAULT_AUDIT_LIMIT, epochMs } from '../port-rules.js';
import type { AuditLog } from '../roles/audit-log.js';
import { StoreConflictError } from '../store-errors.js';
import { EARLIEST_MS, LATEST_MS, type Neo4jSession } from './neo4j-session.js';

/** Audit records in Neo4j: each record whole, plus the properties it is filtered by. */
export class Neo4jAuditLog implements AuditLog {
  constructor(private readonly s: Neo4jSession) {}

  async appendAudit(record: AuditRecord): Promise<void> {
    const text = JSON.stringify(record);
    await this.s.write(async (tx) => {
      const [head] = await this.s.run(tx, 'audit-chain-head', { genesis: GENESIS_HASH });
      const prevHash = String(head?.hash ?? GENESIS_HASH);
      const seq = Number(head?.seq ?? 0) + 1;
      const [row] = await this.s.run(tx, 'append-audit', {
        id: record.id,
        at: record.at,
        atMs: epochMs(record.at, 'audit time'),
        kind: record.kind,
        accountId: record.accountId,
        debtorId: record.debtorId ?? null,
        outcome: record.outcome,
        record: text,
        seq,
        prevHash,
        hash: chainHash(prevHash, text),
      });
      if (row?.created !== true && row?.same !== true)
        throw new StoreConflictError(
          `audit record ${record.id} is already stored with other content`,
        );
    });
  }

  /** Chained records after `afterSeq`, in chain order. */
  async auditChain(afterSeq: number, limit: number): Promise<ChainLink[]> {
    const rows = await this.s.read((tx) => this.s.run(tx, 'audit-chain', { afterSeq, limit }));
    return rows.map((row) => {
      const link: ChainLink = {
        seq: Number(row.seq),
        id: String(row.id),
        prevHash: String(row.prevHash),
        hash: String(row.hash),
        recordText: row.record === null || row.record === undefined ? '' : String(row.record),
      };
      // A tombstone left by a retention purge: verification looks for the purge that names it.
      if (link.recordText === '' && typeof row.purgedBy === 'string') link.purgedBy = row.purgedBy;
      return link;
    });
  }

  /** Audit entries matching the filter, newest first; at most `limit` (default 100). */
  async listAudit(filter: AuditFilter): Promise<AuditRecord[]> {
    const window = {
      outcome: filter.outcome ?? null,
      fromMs: filter.from === undefined ? EARLIEST_MS : epochMs(filter.from, 'window start'),
      toMs: filter.to === undefined ? LATEST_MS : epochMs(filter.to, 'window end'),
      limit: clampLimit(filter.limit, DEFAULT_AUDIT_LIMIT),
    };
    const { accountId, debtorId } = filter;
    // The most selective index answers; `$x IS NULL OR …` on the indexed property would not use it.
    const rows = await this.s.read((tx) => {
      if (accountId !== undefined)
        return this.s.run(tx, 'list-audit-by-account', {
          ...window,
          accountId,
          debtorId: debtorId ?? null,
        });
      if (debtorId !== undefined)
        return this.s.run(tx, 'list-audit-by-debtor', { ...window, debtorId });
      return this.s.run(tx, 'list-audit', window);
    });
    return rows.map((row) => JSON.parse(String(row.record)) as AuditRecord);
  }
}
