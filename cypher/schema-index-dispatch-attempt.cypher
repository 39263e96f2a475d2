CREATE INDEX dispatch_attempt IF NOT EXISTS
FOR (d:Dispatch) ON (d.attemptId)
