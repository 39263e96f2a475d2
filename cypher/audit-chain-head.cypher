// The audit chain's head, locked for the rest of the transaction: the SET takes the write lock
// before the values are read, so concurrent decisions link one after another and never fork it.
MERGE (s:Sequence {name: 'audit'})
SET s.locked = true
RETURN coalesce(s.value, 0) AS seq, coalesce(s.hash, $genesis) AS hash
