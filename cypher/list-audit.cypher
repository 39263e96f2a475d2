// No account or debtor named: the audit_at index answers the window, newest first.
MATCH (r:Audit)
WHERE r.atMs >= $fromMs AND r.atMs < $toMs
  AND ($outcome IS NULL OR r.outcome = $outcome)
RETURN r.record AS record
ORDER BY r.atMs DESC, r.writtenAtMs DESC, r.id DESC
LIMIT $limit
