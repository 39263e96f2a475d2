import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Person, PhoneLink, Relation } from '../../src/domain/model/index.js';
import { BetterSqlite3Executor } from '../../src/store/sqlite/better-sqlite3-executor.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import {
  migrate,
  SCHEMA_DDL,
  SCHEMA_VERSION,
  SchemaVersionError,
} from '../../src/store/sqlite/schema.js';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store.js';
import { StoreConflictError, StoreUnavailableError } from '../../src/store/store-errors.js';

const dir = mkdtempSync(join(tmpdir(), 'skipgraph-sqlite-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function memoryStore(
  options: Parameters<typeof openSqliteStore>[1] = {},
): Promise<SqliteGraphStore> {
  const store = await openSqliteStore(':memory:', options);
  open.push(store);
  return store;
}

const person = (id: string, name = `Person ${id}`): Person => Person.parse({ id, name });
const holds = (personId: string, e164: string, lastSeen: string): PhoneLink =>
  PhoneLink.parse({
    owner: { kind: 'person', id: personId },
    phone: { e164, type: 'MOBILE', country: 'CN' },
    source: 'bureau',
    lastSeen,
  });

describe('schema and migration', () => {
  it('every statement is idempotent DDL', () => {
    for (const sql of SCHEMA_DDL)
      expect(sql).toMatch(/^CREATE (TABLE|INDEX|TRIGGER) IF NOT EXISTS /);
  });

  it('migrating twice is harmless and records the schema version', async () => {
    const path = join(dir, 'migrate.db');
    const first = await openSqliteStore(path);
    await first.upsertPersons([person('P1')]);
    await first.close();
    const db = new BetterSqlite3Executor(path);
    try {
      await migrate(db);
      await migrate(db);
      expect(await db.first("SELECT value FROM meta WHERE key = 'schema_version'")).toEqual({
        value: String(SCHEMA_VERSION),
      });
      expect(await db.first('SELECT count(*) AS n FROM persons')).toEqual({ n: 1 });
    } finally {
      await db.close();
    }
  });

  it('upgrades a version 1 database in place, keeping its rows', async () => {
    const path = join(dir, 'v1.db');
    const db = new BetterSqlite3Executor(path);
    // The version 1 attempts table, before collector notes.
    await db.batch([
      { sql: 'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)' },
      { sql: "INSERT INTO meta VALUES ('schema_version', '1')" },
      {
        sql: `CREATE TABLE attempts (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, at TEXT NOT NULL, at_ms INTEGER NOT NULL,
          channel TEXT NOT NULL, contact_kind TEXT NOT NULL, contact_value TEXT NOT NULL, person_id TEXT, outcome TEXT,
          outcome_at TEXT, decision_id TEXT, message_digest TEXT)`,
      },
      {
        sql: "INSERT INTO attempts VALUES ('T1', 'A1', '2026-04-01T00:00:00Z', 1775001600000, 'call', 'phone', '+8613800138000', 'P1', NULL, NULL, NULL, NULL)",
      },
    ]);
    await db.close();
    const store = await openSqliteStore(path);
    open.push(store);
    expect(
      await store.setAttemptOutcome('T1', 'busy', '2026-04-01T00:01:00Z', 'line engaged'),
    ).toMatchObject({ id: 'T1', outcome: 'busy', note: 'line engaged' });
    await store.close();
    const reopened = await openSqliteStore(path);
    open.push(reopened);
    expect((await reopened.getAttempt('T1'))?.note).toBe('line engaged');
  });

  it('upgrading from version 6 ranks the worklist again (its routes gain the addresses)', async () => {
    const path = join(dir, 'v6.db');
    const db = new BetterSqlite3Executor(path);
    await migrate(db);
    await db.batch([
      { sql: "UPDATE meta SET value = '6' WHERE key = 'schema_version'" },
      {
        sql: "INSERT INTO worklist (account_id, debtor_id, due_date, balance, currency, jurisdiction, stale) VALUES ('A1', 'P1', '2026-01-01', 10, 'CNY', 'CN', 0)",
      },
    ]);
    await db.close();
    const store = await openSqliteStore(path);
    open.push(store);
    expect(await store.staleWorklistAccounts(10)).toEqual(['A1']);
  });

  it('refuses a database written by a newer schema', async () => {
    const path = join(dir, 'newer.db');
    const db = new BetterSqlite3Executor(path);
    await migrate(db);
    await db.run("UPDATE meta SET value = ? WHERE key = 'schema_version'", [
      String(SCHEMA_VERSION + 1),
    ]);
    await db.close();
    await expect(openSqliteStore(path)).rejects.toBeInstanceOf(SchemaVersionError);
  });

  it('an unopenable path is a StoreUnavailableError', async () => {
    await expect(openSqliteStore(join(dir, 'missing', 'dir', 'x.db'))).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });
});

describe('SqliteGraphStore specifics', () => {
  it('the audit log is append-only: an existing id cannot be written again', async () => {
    const store = await memoryStore();
    const record = {
      id: 'AU1',
      at: '2026-04-01T00:00:00Z',
      kind: 'check' as const,
      accountId: 'A1',
      channel: 'call' as const,
      contact: { kind: 'phone' as const, value: '+8613800138000' },
      inputDigest: 'd',
      outcome: 'allow' as const,
      rules: [],
      policyVersion: 'v1',
    };
    await store.appendAudit(record);
    await expect(store.appendAudit({ ...record, outcome: 'deny' })).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    expect((await store.listAudit({}))[0]?.outcome).toBe('allow');
  });

  it('the audit table refuses UPDATE and DELETE', async () => {
    const db = new BetterSqlite3Executor(':memory:');
    open.push(db);
    await migrate(db);
    const store = new SqliteGraphStore(db);
    await store.appendAudit({
      id: 'AU1',
      at: '2026-04-01T00:00:00Z',
      kind: 'check',
      accountId: 'A1',
      channel: 'call',
      contact: { kind: 'phone', value: '+8613800138000' },
      inputDigest: 'd',
      outcome: 'allow',
      rules: [],
      policyVersion: 'v1',
    });
    await expect(db.run("UPDATE audit SET outcome = 'deny'")).rejects.toThrow(/SQLITE_CONSTRAINT/);
    await expect(db.run('DELETE FROM audit')).rejects.toThrow(/SQLITE_CONSTRAINT/);
    expect(await store.listAudit({})).toHaveLength(1);
  });

  it('a malformed time is a RangeError, not a silent NaN', async () => {
    const store = await memoryStore();
    await expect(
      store.recordAttempts([
        {
          id: 'T1',
          accountId: 'A1',
          at: 'yesterday',
          channel: 'call',
          contact: { kind: 'phone', value: '+8613800138000' },
        },
      ]),
    ).rejects.toThrow(RangeError);
    await expect(store.listAttempts({ accountId: 'A1', from: 'not a date' })).rejects.toThrow(
      RangeError,
    );
  });

  it('emails are stored lower-case and found whatever the case', async () => {
    const store = await memoryStore();
    await store.upsertPersons([person('P1')]);
    await store.upsertEmailLinks([
      { personId: 'P1', address: 'Li.Wei@Example.COM', source: 'application' },
    ]);
    const shared = await store.sharedIdentifiers({ kind: 'email', value: 'LI.WEI@example.com' });
    expect(shared.contact.value).toBe('li.wei@example.com');
    expect(shared.holders.map((h) => h.id)).toEqual(['P1']);
  });

  it('findPersons treats % and _ in the text literally', async () => {
    const store = await memoryStore();
    await store.upsertPersons([
      person('P1', 'Ann 100% Lee'),
      person('P2', 'Bob_Smith'),
      person('P3', 'Carl Jones'),
    ]);
    expect((await store.findPersons({ text: '%' })).map((p) => p.id)).toEqual(['P1']);
    expect((await store.findPersons({ text: '_' })).map((p) => p.id)).toEqual(['P2']);
    expect((await store.findPersons({ text: 'carl' })).map((p) => p.id)).toEqual(['P3']);
  });

  it('findPersons puts an exact id first even when the limit cuts the rest', async () => {
    const store = await memoryStore();
    await store.upsertPersons([
      person('AB1', 'x'),
      person('AB2', 'x'),
      person('Z', 'AB fan'),
      person('AB', 'exact'),
    ]);
    expect((await store.findPersons({ text: 'AB', limit: 2 })).map((p) => p.id)).toEqual([
      'AB',
      'AB1',
    ]);
  });

  it('ping on a closed store is a StoreUnavailableError', async () => {
    const store = await openSqliteStore(':memory:');
    await store.close();
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('lockScopes is a no-op that resolves (transactions are already serialised)', async () => {
    const store = await memoryStore();
    await expect(
      store.transaction((tx) => tx.lockScopes(['account:A1', 'person:D1'])),
    ).resolves.toBeUndefined();
  });
});

describe('neighbourhood fan-out cap', () => {
  const HUB = '+8613912345678';

  /** D holds a hub phone shared with `holders` other people, each of whom has a phone of their own. */
  async function hubGraph(
    holders: number,
    options: Parameters<typeof openSqliteStore>[1] = {},
  ): Promise<SqliteGraphStore> {
    const store = await memoryStore(options);
    const ids = Array.from({ length: holders }, (_, i) => `H${String(i).padStart(4, '0')}`);
    await store.upsertPersons([person('D'), ...ids.map((id) => person(id))]);
    await store.upsertPhoneLinks([
      holds('D', HUB, '2026-01-01'),
      // Holder i was last seen on day i: the newest are the highest numbers.
      ...ids.map((id, i) =>
        holds(id, HUB, new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)),
      ),
      ...ids.map((id, i) => holds(id, `+861380000${String(i).padStart(4, '0')}`, '2025-01-01')),
    ]);
    return store;
  }

  it('takes at most the cap of a hub’s relationships, the most recently seen, and says it cut them', async () => {
    const store = await hubGraph(200, { fanOutCap: 25 });
    const g = await store.neighbourhood('D', 2);
    const people = g.nodes.filter((n) => n.kind === 'person').map((n) => n.key);
    // The hub's 25 newest relationships: D's own (the newest) and the 24 most recently seen other holders.
    expect(people).toHaveLength(25);
    expect(people).toContain('person:D');
    expect(people).toContain('person:H0199');
    expect(people).not.toContain('person:H0000');
    expect(g.truncated).toEqual([`phone:${HUB}`]);
    const inToHub = g.edges.filter((e) => e.to === `phone:${HUB}`);
    expect(inToHub.length).toBeLessThanOrEqual(25);
  });

  it('a node at or under the cap is not reported as cut', async () => {
    const store = await hubGraph(24, { fanOutCap: 25 });
    const g = await store.neighbourhood('D', 2);
    expect(g.nodes.filter((n) => n.kind === 'person')).toHaveLength(25);
    expect(g.truncated).toBeUndefined();
  });

  it('the start person has its own, larger cap', async () => {
    const store = await memoryStore({ fanOutCap: 2, rootFanOutCap: 10 });
    const refs = Array.from({ length: 12 }, (_, i) => `R${i}`);
    await store.upsertPersons([person('D'), ...refs.map((id) => person(id))]);
    await store.upsertRelations(
      refs.map((to) => Relation.parse({ from: 'D', to, kind: 'reference', source: 'application' })),
    );
    const g = await store.neighbourhood('D', 1);
    expect(g.nodes).toHaveLength(11);
    expect(g.truncated).toEqual(['person:D']);
  });

  it('depth 3 through a hub stays bounded', async () => {
    const store = await hubGraph(300, { fanOutCap: 25 });
    const g = await store.neighbourhood('D', 3);
    // D, the hub, ≤25 holders reached through it, and each holder's own phone.
    expect(g.nodes.length).toBeLessThanOrEqual(2 + 25 * 2);
    expect(new Set(g.nodes.map((n) => n.key)).size).toBe(g.nodes.length);
  });
});

describe('dangling relationships', () => {
  it('a relationship to a node not stored yet is left out, and the walk does not pass through it', async () => {
    const store = await memoryStore();
    await store.upsertPersons([person('A'), person('C')]);
    // A knows B (not imported yet); B knows C.
    await store.upsertRelations([
      Relation.parse({ from: 'A', to: 'B', kind: 'friend', source: 'application' }),
      Relation.parse({ from: 'B', to: 'C', kind: 'friend', source: 'application' }),
    ]);
    const before = await store.neighbourhood('A', 3);
    expect(before.nodes.map((n) => n.key)).toEqual(['person:A']);
    expect(before.edges).toEqual([]);
    await store.upsertPersons([person('B')]);
    const after = await store.neighbourhood('A', 3);
    expect(after.nodes.map((n) => n.key).sort()).toEqual(['person:A', 'person:B', 'person:C']);
    expect(after.edges).toHaveLength(2);
  });

  it('a holder without a stored node is left out of shared identifiers', async () => {
    const store = await memoryStore();
    await store.upsertPersons([person('A')]);
    await store.upsertPhoneLinks([
      holds('A', '+8613800138000', '2026-01-01'),
      holds('GHOST', '+8613800138000', '2026-01-02'),
    ]);
    const s = await store.sharedIdentifiers({ kind: 'phone', value: '+8613800138000' });
    expect(s.holders.map((h) => h.id)).toEqual(['A']);
  });

  it('debtorsHolding leaves out an owing holder whose person is not stored, as sharedIdentifiers does', async () => {
    const store = await memoryStore();
    await store.upsertPersons([person('A')]);
    await store.upsertAccounts([
      {
        id: 'ACC-A',
        debtorId: 'A',
        product: 'loan',
        currency: 'CNY',
        principal: 1,
        balance: 1,
        dueDate: '2026-01-01',
        jurisdiction: 'CN',
        status: 'open',
      },
      {
        id: 'ACC-G',
        debtorId: 'GHOST',
        product: 'loan',
        currency: 'CNY',
        principal: 1,
        balance: 1,
        dueDate: '2026-01-01',
        jurisdiction: 'CN',
        status: 'open',
      },
    ]);
    await store.upsertPhoneLinks([
      holds('A', '+8613800138000', '2026-01-01'),
      holds('GHOST', '+8613800138000', '2026-01-02'),
    ]);
    expect(await store.debtorsHolding([{ kind: 'phone', value: '+8613800138000' }])).toEqual([
      { contact: { kind: 'phone', value: '+8613800138000' }, debtorIds: ['A'] },
    ]);
  });
});
