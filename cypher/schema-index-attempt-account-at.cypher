CREATE INDEX attempt_account_at IF NOT EXISTS
FOR (t:Attempt) ON (t.accountId, t.atMs)
