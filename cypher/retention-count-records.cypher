// How many attempts, audit records and outbox entries the accounts hold (never the purge records).
CALL () {
  MATCH (t:Attempt)
  WHERE t.accountId IN $accountIds
  RETURN count(t) AS attempts
}
CALL () {
  MATCH (u:Audit)
  WHERE u.accountId IN $accountIds AND u.accountId <> $purgeAccount
  RETURN count(u) AS audit
}
CALL () {
  MATCH (t:Attempt)
  WHERE t.accountId IN $accountIds
  MATCH (d:Dispatch)
  WHERE d.attemptId = t.id
  RETURN count(d) AS outbox
}
RETURN attempts, audit, outbox
