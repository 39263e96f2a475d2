CREATE INDEX audit_seq IF NOT EXISTS
FOR (r:Audit) ON (r.seq)
