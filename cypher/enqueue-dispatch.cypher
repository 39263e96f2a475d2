// The sequence keeps the outbox in the order it was queued.
MERGE (s:Sequence {name: 'outbox'})
SET s.value = coalesce(s.value, 0) + 1
CREATE (d:Dispatch)
SET d += $dispatch, d.seq = s.value
