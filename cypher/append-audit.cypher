// Append-only: no statement of the store updates or deletes an Audit node. The sequence orders
// entries written in the same millisecond.
MERGE (s:Sequence {name: 'audit'})
SET s.value = coalesce(s.value, 0) + 1
CREATE (r:Audit {id: $id})
SET r.at = $at,
    r.atMs = $atMs,
    r.kind = $kind,
    r.accountId = $accountId,
    r.debtorId = $debtorId,
    r.outcome = $outcome,
    r.record = $record,
    r.seq = s.value
