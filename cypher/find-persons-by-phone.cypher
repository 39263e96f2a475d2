MATCH (p:Person)-[:HAS_PHONE]->(:Phone {e164: $e164})
WHERE p.name IS NOT NULL
RETURN DISTINCT properties(p) AS person
ORDER BY person.id
LIMIT $limit
