MATCH (r:Receipt {idempotencyKey: $idempotencyKey})
RETURN properties(r) AS receipt
