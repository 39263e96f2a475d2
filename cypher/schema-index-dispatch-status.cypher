CREATE INDEX dispatch_status IF NOT EXISTS
FOR (d:Dispatch) ON (d.status, d.seq)
