UNWIND $rows AS row
MERGE (a:Person {id: row.from})
MERGE (b:Person {id: row.to})
MERGE (a)-[r:KNOWS {source: row.source}]->(b)
SET r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN coalesce(row.firstSeen, r.firstSeen) ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN coalesce(row.lastSeen, r.lastSeen) ELSE r.lastSeen END,
    r.confidence = coalesce(row.confidence, r.confidence),
    r.kind = coalesce(row.kind, r.kind)
