// Append-only: only a retention purge (retention-purge-audit) changes an Audit node, turning it
// into a tombstone that keeps its chain link. Each record is a link
// of the hash chain: its seq and prevHash come from the head read (and locked) by
// audit-chain-head in the same transaction, which this statement then moves on.
MATCH (s:Sequence {name: 'audit'})
SET s.value = $seq, s.hash = $hash
CREATE (r:Audit {id: $id})
SET r.at = $at,
    r.atMs = $atMs,
    r.kind = $kind,
    r.accountId = $accountId,
    r.debtorId = $debtorId,
    r.outcome = $outcome,
    r.record = $record,
    r.seq = $seq,
    r.prevHash = $prevHash,
    r.hash = $hash,
    r.writtenAtMs = timestamp()
