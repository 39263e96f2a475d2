CREATE INDEX audit_debtor_at IF NOT EXISTS
FOR (r:Audit) ON (r.debtorId, r.atMs)
