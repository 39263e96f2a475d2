MATCH (p:Person {id: $personId})-[r:OWES|GUARANTEES|CO_BORROWS]->(a:Account)
WHERE a.product IS NOT NULL
RETURN DISTINCT properties(a) AS account, type(r) AS relation
ORDER BY account.id, relation
