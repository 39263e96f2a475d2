MATCH (t:Attempt {id: $id})
RETURN properties(t) AS attempt
