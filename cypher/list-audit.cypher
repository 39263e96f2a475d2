MATCH (r:Audit)
WHERE r.atMs >= $fromMs AND r.atMs < $toMs
  AND ($accountId IS NULL OR r.accountId = $accountId)
  AND ($debtorId IS NULL OR r.debtorId = $debtorId)
  AND ($outcome IS NULL OR r.outcome = $outcome)
RETURN r.record AS record
ORDER BY r.atMs DESC, r.writtenAtMs DESC, r.id DESC
LIMIT $limit
