// The patch holds only the flags being changed; a null value lifts the attorney.
MATCH (p:Person {id: $id})
WHERE p.name IS NOT NULL
SET p += $patch
