// Append-only: no statement of the store updates or deletes an Audit node. No shared counter:
// every guard decision writes one, and a global sequence would serialise them all. Entries of the
// same millisecond are ordered by when the database wrote them, then by id.
CREATE (r:Audit {id: $id})
SET r.at = $at,
    r.atMs = $atMs,
    r.kind = $kind,
    r.accountId = $accountId,
    r.debtorId = $debtorId,
    r.outcome = $outcome,
    r.record = $record,
    r.writtenAtMs = timestamp()
