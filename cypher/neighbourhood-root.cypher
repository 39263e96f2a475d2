MATCH (p:Person {id: $personId})
WHERE p.name IS NOT NULL
RETURN elementId(p) AS ref, labels(p) AS labels, properties(p) AS props
