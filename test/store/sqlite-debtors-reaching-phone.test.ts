import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { DEBTORS_REACHING_PHONE_SQL } from '../../src/store/sqlite/debtors-reaching-phone.js';
import { SCHEMA_DDL } from '../../src/store/sqlite/schema.js';

/*
 * Recording a dead number runs this walk inside the outcome's transaction: every step must be an
 * index look-up from the number outwards, never a scan of the edges table (its size is the
 * graph's), whatever the planner knows of the data (here: nothing, no ANALYZE).
 */
describe('the embedded store walks the routes back from a phone through indexes only', () => {
  it('no step of its plan scans the edges or the persons', () => {
    const db = new Database(':memory:');
    try {
      for (const ddl of SCHEMA_DDL) db.exec(ddl);
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${DEBTORS_REACHING_PHONE_SQL}`)
        .all('phone:+8613800138000', 100) as { detail: string }[];
      const steps = plan.map((p) => p.detail);
      expect(steps.some((d) => d.startsWith('SEARCH'))).toBe(true);
      // Only the walk's own intermediate results (the holders, the persons reached) are scanned.
      expect(
        steps.filter((d) => /^SCAN /.test(d) && !/^SCAN (holders|reaching)\b/.test(d)),
      ).toEqual([]);
    } finally {
      db.close();
    }
  });
});
