CREATE INDEX audit_account_at IF NOT EXISTS
FOR (r:Audit) ON (r.accountId, r.atMs)
