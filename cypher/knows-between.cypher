// The KNOWS relationships between two stored persons, either way, with their direction.
MATCH (a:Person {id: $personId})-[r:KNOWS]-(b:Person {id: $otherId})
WHERE a.name IS NOT NULL AND b.name IS NOT NULL
RETURN startNode(r) = a AS outgoing, properties(r) AS props
