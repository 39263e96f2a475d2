MATCH (t:Attempt)
WHERE t.atMs >= $fromMs AND t.atMs < $toMs
RETURN properties(t) AS attempt
ORDER BY t.atMs, t.id
LIMIT $limit
