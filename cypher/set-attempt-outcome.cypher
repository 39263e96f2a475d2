// The note is kept when none is given.
MATCH (t:Attempt {id: $id})
SET t.outcome = $outcome, t.outcomeAt = $at, t.note = coalesce($note, t.note)
RETURN properties(t) AS attempt
