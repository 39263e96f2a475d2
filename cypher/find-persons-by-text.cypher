// CONTAINS, not a pattern: user text may hold regex or wildcard characters. The exact id sorts first.
MATCH (p:Person)
WHERE p.name IS NOT NULL
  AND (p.id = $text OR toLower(p.id) CONTAINS toLower($text) OR toLower(p.name) CONTAINS toLower($text))
RETURN properties(p) AS person
ORDER BY p.id = $text DESC, p.id
LIMIT $limit
