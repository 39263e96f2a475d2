MATCH (ph:Phone {e164: $e164})
RETURN properties(ph) AS phone
