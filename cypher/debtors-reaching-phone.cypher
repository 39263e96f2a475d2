// The persons owing, guaranteeing or co-borrowing an account whose routes can reach the phone:
// its holders, whoever knows a person holding it (either direction), the employees of an
// employer holding it and the debtors of the accounts a holder guarantees or co-borrows. No
// ordering, so LIMIT ends the walk once $limit such persons were found, however big the hub.
MATCH (:Phone {e164: $e164})<-[:HAS_PHONE]-(h)
WITH DISTINCT h
CALL (h) {
  RETURN h AS b
  UNION
  MATCH (h:Person)-[:KNOWS]-(b:Person)
  RETURN b
  UNION
  MATCH (h:Employer)<-[:WORKS_AT]-(b:Person)
  RETURN b
  UNION
  MATCH (h:Person)-[:GUARANTEES|CO_BORROWS]->(:Account)<-[:OWES]-(b:Person)
  RETURN b
}
WITH DISTINCT b
// A person created only as the far end of a relationship (not stored yet) is left out, as in the
// embedded store.
WHERE b:Person AND b.name IS NOT NULL AND EXISTS { (b)-[:OWES|GUARANTEES|CO_BORROWS]->(:Account) }
RETURN b.id AS id
LIMIT $limit
