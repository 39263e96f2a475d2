// One account's entries through the audit_account_at index; debtor and outcome narrow them further.
MATCH (r:Audit)
WHERE r.accountId = $accountId
  AND r.atMs >= $fromMs AND r.atMs < $toMs
  AND ($debtorId IS NULL OR r.debtorId = $debtorId)
  AND ($outcome IS NULL OR r.outcome = $outcome)
RETURN r.record AS record
ORDER BY r.atMs DESC, r.writtenAtMs DESC, r.id DESC
LIMIT $limit
