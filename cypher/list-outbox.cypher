MATCH (d:Dispatch)
WHERE $status IS NULL OR d.status = $status
RETURN properties(d) AS dispatch
ORDER BY d.seq
LIMIT $limit
