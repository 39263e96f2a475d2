// Every dispatch in queue order, read in that order from the dispatch_seq index (no sort of
// the whole outbox on each poll); the LIMIT stops the read.
MATCH (d:Dispatch)
WHERE d.seq IS NOT NULL
RETURN properties(d) AS dispatch
ORDER BY d.seq
LIMIT $limit
