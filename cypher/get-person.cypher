MATCH (p:Person {id: $id})
WHERE p.name IS NOT NULL
RETURN properties(p) AS person
