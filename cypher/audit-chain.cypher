// Chained audit records after a position, in chain order (records from before the chain have no seq).
MATCH (r:Audit)
WHERE r.seq > $afterSeq
RETURN r.seq AS seq, r.id AS id, r.prevHash AS prevHash, r.hash AS hash, r.record AS record,
       r.purgedBy AS purgedBy
ORDER BY r.seq
LIMIT $limit
