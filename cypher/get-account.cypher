MATCH (a:Account {id: $id})
WHERE a.product IS NOT NULL
RETURN properties(a) AS account
