import type { ChainLink } from '../../domain/audit/audit-chain.js';
import type { AuditFilter, AuditRecord } from '../../domain/model/index.js';

/** The record of every guard decision, hash-chained in the order the store wrote it. */
export interface AuditLog {
  /**
   * Appends the record and links it to the chain (the previous record's hash) in the same
   * transaction, so concurrent decisions never fork the chain. Appending a record already stored
   * is a no-op (a transaction retried after a commit the client did not hear of must not fail on
   * its own record); other content under a stored id is a StoreConflictError.
   */
  appendAudit(record: AuditRecord): Promise<void>;
  listAudit(filter: AuditFilter): Promise<AuditRecord[]>;
  /** Chained records with seq > afterSeq, in chain order; at most `limit`. */
  auditChain(afterSeq: number, limit: number): Promise<ChainLink[]>;
}
