import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { SCHEMA_DDL } from '../../src/store/sqlite/schema.js';
import { FRESH_ENTRY_SQL } from '../../src/store/sqlite/sqlite-worklist-index.js';

let store: GraphStore | undefined;
afterEach(async () => {
  await store?.close();
});

const entry = (accountId: string) => ({
  accountId,
  debtorId: 'P1',
  debtorName: 'Person P1',
  dueDate: '2026-10-20',
  balance: 100,
  currency: 'CNY',
  jurisdiction: 'CN',
  score: 0.5,
  routes: [],
  stale: false,
  refreshedAt: '2026-11-20T00:00:00.000Z',
});

/*
 * Every import batch asks this before reading whom a changed number reaches: during a first
 * import every entry is stale, so the answer must come from an index, not a scan of them all.
 */
describe('the embedded worklist says whether any entry is fresh', () => {
  it('no while empty or all stale, yes once one is ranked, no again once it is marked', async () => {
    store = await openSqliteStore(':memory:');
    expect(await store.hasFreshWorklistEntries()).toBe(false);
    await store.putWorklistEntries([entry('A1'), entry('A2')]);
    expect(await store.hasFreshWorklistEntries()).toBe(true);
    await store.markWorklistStale({ debtorIds: ['P1'] });
    expect(await store.staleWorklistAccounts(10)).toHaveLength(2);
    expect(await store.hasFreshWorklistEntries()).toBe(false);
  });

  it('reads the partial index of fresh entries, never scanning the worklist', () => {
    const db = new Database(':memory:');
    try {
      for (const ddl of SCHEMA_DDL) db.exec(ddl);
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${FRESH_ENTRY_SQL}`).all() as {
        detail: string;
      }[];
      expect(plan.map((p) => p.detail).join('\n')).toMatch(/worklist_fresh/);
    } finally {
      db.close();
    }
  });
});
