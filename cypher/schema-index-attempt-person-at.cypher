CREATE INDEX attempt_person_at IF NOT EXISTS
FOR (t:Attempt) ON (t.personId, t.atMs)
