MATCH (t:Attempt {id: $id})
SET t.outcome = $outcome, t.outcomeAt = $at
RETURN properties(t) AS attempt
