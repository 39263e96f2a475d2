CREATE INDEX dispatch_seq IF NOT EXISTS
FOR (d:Dispatch) ON (d.seq)
