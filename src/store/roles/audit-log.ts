import type { AuditFilter, AuditRecord } from '../../domain/model/index.js';

/** The record of every guard decision. */
export interface AuditLog {
  appendAudit(record: AuditRecord): Promise<void>;
  listAudit(filter: AuditFilter): Promise<AuditRecord[]>;
}
