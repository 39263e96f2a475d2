// A page of accounts in id order with their last activity and their debtor's current address
// (the open LIVED_AT most recently begun or seen). Attempts and audit records are read through
// their account indexes; promises and payments are not kept in Neo4j.
MATCH (a:Account)
WHERE a.id > $after AND a.product IS NOT NULL
WITH a
ORDER BY a.id
LIMIT $limit
CALL (a) {
  OPTIONAL MATCH (t:Attempt)
  WHERE t.accountId = a.id
  RETURN max(t.atMs) AS attemptMs
}
CALL (a) {
  OPTIONAL MATCH (u:Audit)
  WHERE u.accountId = a.id
  RETURN max(u.atMs) AS auditMs
}
CALL (a) {
  OPTIONAL MATCH (:Person {id: a.debtorId})-[r:LIVED_AT]->(ad:Address)
  WHERE r.validTo IS NULL AND ad.line IS NOT NULL
  WITH ad, r
  ORDER BY coalesce(r.validFrom, r.lastSeen) DESC
  LIMIT 1
  RETURN properties(ad) AS address
}
RETURN a.id AS id, a.debtorId AS debtorId, a.jurisdiction AS jurisdiction, attemptMs, auditMs,
       address
ORDER BY a.id
