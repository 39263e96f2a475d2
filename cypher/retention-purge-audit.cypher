// A purged audit record becomes its tombstone: the chain link (seq, prevHash, hash) and the id stay,
// the text and every property it is listed by go, and purgedBy names the purge record. The purge
// record itself (accountId "*") is never purged.
MATCH (u:Audit)
WHERE u.accountId IN $accountIds AND u.accountId <> $purgeAccount
SET u.purgedBy = $purgeId
REMOVE u.record, u.accountId, u.debtorId, u.atMs, u.at, u.kind, u.outcome
RETURN count(u) AS audit
