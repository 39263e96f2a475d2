CREATE INDEX audit_at IF NOT EXISTS
FOR (r:Audit) ON (r.atMs)
