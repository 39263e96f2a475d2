// The dispatches of one status in queue order, from the dispatch_status (status, seq) index.
MATCH (d:Dispatch)
WHERE d.status = $status AND d.seq IS NOT NULL
RETURN properties(d) AS dispatch
ORDER BY d.seq
LIMIT $limit
