// For each contact point, the persons holding it who owe, guarantee or co-borrow an account.
// Points nobody such holds give no row.
UNWIND $contacts AS c
CALL (c) {
  MATCH (p:Person)-[:HAS_PHONE]->(:Phone {e164: c.value})
  WHERE c.kind = 'phone'
  RETURN p
  UNION
  MATCH (p:Person)-[:HAS_EMAIL]->(:Email {address: c.value})
  WHERE c.kind = 'email'
  RETURN p
  UNION
  MATCH (p:Person)-[:LIVED_AT]->(:Address {id: c.value})
  WHERE c.kind = 'address'
  RETURN p
}
WITH c, p
// A person created only as the far end of a relationship (not stored yet) is no holder, as in the
// embedded store.
WHERE p.name IS NOT NULL AND EXISTS { (p)-[:OWES|GUARANTEES|CO_BORROWS]->(:Account) }
RETURN c.kind AS kind, c.value AS value, collect(DISTINCT p.id) AS debtorIds
