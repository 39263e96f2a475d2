MATCH (t:Attempt)
WHERE t.accountId = $accountId
  AND t.atMs >= $fromMs AND t.atMs < $toMs
  AND ($personId IS NULL OR t.personId = $personId)
  AND ($contactKind IS NULL OR (t.contactKind = $contactKind AND t.contactValue = $contactValue))
RETURN properties(t) AS attempt
ORDER BY t.atMs, t.id
LIMIT $limit
