// The uniqueness constraint makes a concurrent MERGE of the same key wait for the first writer
// and then match its receipt: exactly one caller sees created = true.
MERGE (r:Receipt {idempotencyKey: $idempotencyKey})
ON CREATE SET r.requestDigest = $requestDigest,
              r.body = $body,
              r.createdAt = $createdAt,
              r._created = true
WITH r, coalesce(r._created, false) AS created
REMOVE r._created
RETURN created
