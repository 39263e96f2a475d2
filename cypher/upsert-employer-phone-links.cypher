// The phone keeps a known status unless the row carries a real one (unknown never overwrites).
UNWIND $rows AS row
MERGE (ph:Phone {e164: row.e164})
ON CREATE SET ph.type = 'UNKNOWN', ph.status = 'unknown'
SET ph.type = CASE WHEN row.type = 'UNKNOWN' THEN ph.type ELSE row.type END,
    ph.country = coalesce(row.country, ph.country),
    ph.statusAt = CASE WHEN row.status = 'unknown' THEN ph.statusAt ELSE coalesce(row.statusAt, ph.statusAt) END,
    ph.status = CASE WHEN row.status = 'unknown' THEN ph.status ELSE row.status END
MERGE (o:Employer {id: row.ownerId})
MERGE (o)-[r:HAS_PHONE {source: row.source}]->(ph)
SET r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN coalesce(row.firstSeen, r.firstSeen) ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN coalesce(row.lastSeen, r.lastSeen) ELSE r.lastSeen END,
    r.confidence = coalesce(row.confidence, r.confidence)
