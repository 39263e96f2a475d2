import { afterEach, describe, expect, it } from 'vitest';
import { PhoneLink, Relation } from '../../src/domain/model/index.js';
import { BetterSqlite3Executor } from '../../src/store/sqlite/better-sqlite3-executor.js';
import { multiRow } from '../../src/store/sqlite/multi-row.js';
import { migrate } from '../../src/store/sqlite/schema.js';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store.js';

const open: BetterSqlite3Executor[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.close();
});

/** An in-memory store whose executor allows `maxParameters` bound values per statement. */
async function store(maxParameters: number) {
  const db = new BetterSqlite3Executor(':memory:');
  open.push(db);
  await migrate(db);
  Object.defineProperty(db, 'maxParameters', { value: maxParameters });
  return { db, store: new SqliteGraphStore(db) };
}

const link = (personId: string, e164: string, lastSeen: string, status?: string): PhoneLink =>
  PhoneLink.parse({
    owner: { kind: 'person', id: personId },
    phone: { e164, type: 'MOBILE', country: 'CN', ...(status ? { status } : {}) },
    source: 'bureau',
    lastSeen,
  });

/** 150 links over 40 numbers and 50 persons: repeats inside one chunk and across chunks. */
function links(): PhoneLink[] {
  return Array.from({ length: 150 }, (_, i) =>
    link(
      `P${i % 50}`,
      `+86138001380${String(i % 40).padStart(2, '0')}`,
      `2026-0${1 + (i % 9)}-01`,
      i === 7 ? 'suspended' : undefined,
    ),
  );
}

async function dump(db: BetterSqlite3Executor) {
  return {
    phones: await db.all('SELECT * FROM phones ORDER BY e164'),
    edges: await db.all('SELECT * FROM edges ORDER BY from_key, type, to_key, source'),
  };
}

describe('multi-row upserts', () => {
  it('split rows into full chunks of one SQL text and single rows for the rest', () => {
    const statements = multiRow(
      'INSERT INTO t (a, b) VALUES',
      'ON CONFLICT DO NOTHING',
      [...Array.from({ length: 7 }, (_, i) => [i, `v${i}`])],
      6,
    );
    expect(statements.map((s) => s.params?.length)).toEqual([6, 6, 2]);
    expect(new Set(statements.map((s) => s.sql)).size).toBe(2);
    expect(statements[0]?.sql).toContain('(?, ?), (?, ?), (?, ?) ON CONFLICT');
  });

  it('leave the same phones and edges as one statement per row, repeated keys included', async () => {
    const rowByRow = await store(1);
    const chunked = await store(999);
    await rowByRow.store.upsertPhoneLinks(links());
    await chunked.store.upsertPhoneLinks(links());
    const relations = Array.from({ length: 90 }, (_, i) =>
      Relation.parse({
        from: `P${i % 7}`,
        to: `P${(i % 11) + 20}`,
        kind: 'spouse',
        source: i % 2 === 0 ? 'bureau' : 'application',
        firstSeen: `2025-0${1 + (i % 9)}-01`,
        ...(i % 3 === 0 ? { confidence: i / 100 } : {}),
      }),
    );
    await rowByRow.store.upsertRelations(relations);
    await chunked.store.upsertRelations(relations);
    const expected = await dump(rowByRow.db);
    expect(expected.phones).toHaveLength(40);
    expect(await dump(chunked.db)).toEqual(expected);
  });

  it('keep an account listed twice in one call with its last debtor only', async () => {
    const { store: s, db } = await store(999);
    const account = (debtorId: string, balance: number) => ({
      id: 'A1',
      debtorId,
      product: 'card',
      currency: 'CNY',
      principal: 100,
      balance,
      dueDate: '2026-01-01',
      jurisdiction: 'CN',
      status: 'open' as const,
    });
    await s.upsertAccounts([account('P1', 90), account('P2', 80)]);
    expect(await db.all("SELECT from_key FROM edges WHERE type = 'OWES'")).toEqual([
      { from_key: 'person:P2' },
    ]);
    expect((await s.getAccount('A1'))?.balance).toBe(80);
  });
});
