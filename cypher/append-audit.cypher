// Append-only: only a retention purge (retention-purge-audit) changes an Audit node, turning it
// into a tombstone that keeps its chain link. Each record is a link of the hash chain: its seq and
// prevHash come from the head read (and locked) by audit-chain-head in the same transaction, which
// this statement then moves on. A record whose id is already stored is left as it is and the head
// does not move: a transaction retried after a commit the client did not hear of appends nothing
// twice; the caller compares `same` to tell that retry from a different record under a used id.
MATCH (s:Sequence {name: 'audit'})
MERGE (r:Audit {id: $id})
ON CREATE SET r.at = $at,
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
WITH s, r, r.seq = $seq AND r.hash = $hash AS created
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | SET s.value = $seq, s.hash = $hash)
RETURN created, r.record = $record AS same
