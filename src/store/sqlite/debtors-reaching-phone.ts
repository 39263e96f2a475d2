import { nodeKey } from '../../domain/model/index.js';
import type { SqlExecutor } from './sql-executor.js';

/*
 * The route paths that end at a phone, walked backwards from it: its holders (persons and
 * employers), then the persons a holder knows (either direction), the employees of an employer
 * holding it and the debtors of the accounts a holder guarantees or co-borrows. Each step is an
 * index look-up (incoming ones on (to_key, last_seen), outgoing ones on the key's from_key
 * prefix); CROSS JOIN keeps the holders outermost, where the planner, without statistics, would
 * scan every edge instead. The branches stream one after the other (UNION ALL, no ordering), so LIMIT ends the
 * walk once enough distinct persons who owe an account were found, however big the hub.
 */
/** The statement (parameters: the phone's node key, the limit); exported for its plan's test. */
export const DEBTORS_REACHING_PHONE_SQL = `WITH holders AS (
    SELECT DISTINCT from_key AS h FROM edges WHERE to_key = ? AND type = 'HAS_PHONE'
  ),
  reaching (b) AS (
    SELECT h FROM holders
    UNION ALL
    SELECT k.from_key FROM holders CROSS JOIN edges AS k
      ON k.to_key = holders.h AND k.type IN ('KNOWS', 'WORKS_AT')
    UNION ALL
    SELECT k.to_key FROM holders CROSS JOIN edges AS k
      ON k.from_key = holders.h AND k.type = 'KNOWS'
    UNION ALL
    SELECT o.from_key FROM holders
      CROSS JOIN edges AS g ON g.from_key = holders.h AND g.type IN ('GUARANTEES', 'CO_BORROWS')
      CROSS JOIN edges AS o ON o.to_key = g.to_key AND o.type = 'OWES'
  )
  SELECT DISTINCT substr(b, 8) AS id FROM reaching
  WHERE b LIKE 'person:%'
    AND EXISTS (SELECT 1 FROM edges AS d WHERE d.from_key = reaching.b
      AND d.type IN ('OWES', 'GUARANTEES', 'CO_BORROWS'))
    AND EXISTS (SELECT 1 FROM persons AS p WHERE p.id = substr(reaching.b, 8))
  LIMIT ?`;

/**
 * The stored persons owing, guaranteeing or co-borrowing an account whose routes can reach the
 * phone (GraphReads.debtorsReachingPhone): one statement, at most `limit` ids, sorted.
 */
export async function readDebtorsReachingPhone(
  db: SqlExecutor,
  e164: string,
  limit: number,
): Promise<string[]> {
  const rows = await db.all<{ id: string }>(DEBTORS_REACHING_PHONE_SQL, [
    nodeKey('phone', e164),
    Math.max(0, Math.floor(limit)),
  ]);
  return rows.map((r) => r.id).sort();
}
