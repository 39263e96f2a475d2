CREATE INDEX attempt_at IF NOT EXISTS
FOR (t:Attempt) ON (t.atMs)
