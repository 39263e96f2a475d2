// One debtor's entries (every account of theirs) through the audit_debtor_at index.
MATCH (r:Audit)
WHERE r.debtorId = $debtorId
  AND r.atMs >= $fromMs AND r.atMs < $toMs
  AND ($outcome IS NULL OR r.outcome = $outcome)
RETURN r.record AS record
ORDER BY r.atMs DESC, r.writtenAtMs DESC, r.id DESC
LIMIT $limit
