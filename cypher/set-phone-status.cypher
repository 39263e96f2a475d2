// A number not yet stored is created (line type unknown), so the status is never lost.
MERGE (ph:Phone {e164: $e164})
ON CREATE SET ph.type = 'UNKNOWN'
SET ph.status = $status, ph.statusAt = $at
