// What a guard decision reads about one person, in one statement: the person; their own
// relationships (HAS_EMAIL, HAS_PHONE, LIVED_AT, WORKS_AT) with the node at the far end; the
// accounts they owe, guarantee or co-borrow. Far ends
// not stored yet (a placeholder without its properties) are dropped by the caller, as in a walk.
MATCH (p:Person {id: $personId})
WHERE p.name IS NOT NULL
RETURN properties(p) AS person,
       [(p)-[r:HAS_EMAIL|HAS_PHONE|LIVED_AT|WORKS_AT]->(m) | {type: type(r), props: properties(r), labels: labels(m), node: properties(m)}] AS own,
       [(p)-[r:OWES|GUARANTEES|CO_BORROWS]->(a:Account) WHERE a.product IS NOT NULL | {account: properties(a), relation: type(r)}] AS accounts
