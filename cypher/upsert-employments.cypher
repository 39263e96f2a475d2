UNWIND $rows AS row
MERGE (p:Person {id: row.personId})
MERGE (e:Employer {id: row.employerId})
MERGE (p)-[r:WORKS_AT {source: row.source}]->(e)
SET r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN coalesce(row.firstSeen, r.firstSeen) ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN coalesce(row.lastSeen, r.lastSeen) ELSE r.lastSeen END,
    r.confidence = coalesce(row.confidence, r.confidence),
    r.validFrom = coalesce(row.validFrom, r.validFrom),
    r.validTo = coalesce(row.validTo, r.validTo)
