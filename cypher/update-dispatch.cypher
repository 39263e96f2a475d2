MATCH (d:Dispatch {id: $id})
SET d.status = $status,
    d.tries = coalesce($tries, d.tries),
    d.lastError = coalesce($lastError, d.lastError),
    d.updatedAt = $updatedAt
