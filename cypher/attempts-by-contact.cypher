MATCH (t:Attempt)
WHERE t.contactKind = $contactKind AND t.contactValue = $contactValue
  AND t.atMs >= $fromMs AND t.atMs < $toMs
  AND ($accountId IS NULL OR t.accountId = $accountId)
  AND ($personId IS NULL OR t.personId = $personId)
RETURN properties(t) AS attempt
ORDER BY t.atMs, t.id
LIMIT $limit
