import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/app/audit/verify-audit-chain.js';
import { BetterSqlite3Executor } from '../../src/store/sqlite/better-sqlite3-executor.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { migrate } from '../../src/store/sqlite/schema.js';
import type { SqlExecutor } from '../../src/store/sqlite/sql-executor.js';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store.js';

const dir = mkdtempSync(join(tmpdir(), 'skipgraph-group-commit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

describe('audit group commit on the embedded store', () => {
  it('group commit: a burst of records shares write transactions, each durable when its append settles', async () => {
    const file = join(dir, 'group-commit.db');
    const db = new BetterSqlite3Executor(file);
    await migrate(db);
    let transactions = 0;
    const counting: SqlExecutor = {
      run: (sql, params) => db.run(sql, params),
      all: (sql, params) => db.all(sql, params),
      first: (sql, params) => db.first(sql, params),
      batch: (statements) => db.batch(statements),
      transaction: (fn) => {
        transactions++;
        return db.transaction(fn);
      },
      inTransaction: () => db.inTransaction(),
      close: () => db.close(),
    };
    const store = new SqliteGraphStore(counting, { groupCommit: true });
    const record = (i: number) => ({
      id: `GC${i}`,
      at: '2026-04-01T00:00:00Z',
      kind: 'check' as const,
      accountId: 'A1',
      channel: 'call' as const,
      contact: { kind: 'phone' as const, value: '+8613800138000' },
      inputDigest: 'd',
      outcome: 'allow' as const,
      rules: [],
      policyVersion: 'v1',
    });
    const reader = await openSqliteStore(file);
    open.push(reader);
    // Each append, once settled, is readable through another connection: it was committed.
    const seen = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        store
          .appendAudit(record(i))
          .then(async () =>
            (await reader.listAudit({ limit: 100 })).some((r) => r.id === `GC${i}`),
          ),
      ),
    );
    expect(seen.every(Boolean)).toBe(true);
    expect(transactions).toBeLessThan(40);
    // Records still waiting when the store closes are written before it closes.
    const late = [store.appendAudit(record(40)), store.appendAudit(record(41))];
    await store.close();
    await Promise.all(late);
    expect(await reader.listAudit({ limit: 100 })).toHaveLength(42);
    expect(await verifyAuditChain(reader)).toMatchObject({ ok: true, records: 42 });
  });
});
