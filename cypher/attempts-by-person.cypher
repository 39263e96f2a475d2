MATCH (t:Attempt)
WHERE t.personId = $personId
  AND t.atMs >= $fromMs AND t.atMs < $toMs
  AND ($accountId IS NULL OR t.accountId = $accountId)
  AND ($contactKind IS NULL OR (t.contactKind = $contactKind AND t.contactValue = $contactValue))
RETURN properties(t) AS attempt
ORDER BY t.atMs, t.id
LIMIT $limit
