CREATE INDEX attempt_contact_at IF NOT EXISTS
FOR (t:Attempt) ON (t.contactKind, t.contactValue, t.atMs)
