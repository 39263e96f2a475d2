// For each person, the relationships by which they are party to a stored account (as accounts-of).
// A person party to none gives no row.
UNWIND $personIds AS personId
MATCH (:Person {id: personId})-[r:OWES|GUARANTEES|CO_BORROWS]->(a:Account)
WHERE a.product IS NOT NULL
RETURN personId, collect(DISTINCT type(r)) AS relations
