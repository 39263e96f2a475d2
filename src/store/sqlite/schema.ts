import type { SqlExecutor } from './sql-executor.js';

/**
 * The embedded store's schema, as plain DDL statements so that the same text runs on
 * better-sqlite3 and on Cloudflare D1 (no filesystem there; a D1 migration file is generated
 * from this array). Every statement is idempotent (`IF NOT EXISTS`), so migrating twice is safe.
 *
 * Design notes:
 * - One table per node kind; person flags are a JSON document (they grow with policy).
 *   Tables keyed by text are WITHOUT ROWID: a look-up by key is one B-tree descent, not two.
 * - One generic `edges` table for every relationship, keyed like the graph model:
 *   one edge per (type, from_key, to_key, source). Keys are node keys (`person:P1`,
 *   `phone:+86…`). No foreign keys: an import may bring an edge before its nodes, and
 *   readers skip edges whose ends are not (yet) stored.
 * - `edges` is clustered on its key, ordered (from_key, type, to_key, source) so that the key
 *   doubles as the from_key index (outgoing walk, accountsOf); (to_key, last_seen) serves the
 *   incoming walk and lets it take a hub's N most recently seen relationships without reading
 *   all of them. Two B-trees instead of four halve the cost of importing relationships.
 * - Timestamps are kept as given (ISO-8601 text) plus `*_ms` epoch milliseconds for
 *   windows and ordering, because ISO strings with different offsets do not sort as text.
 * - `audit` is append-only: triggers refuse UPDATE and DELETE. `audit_links` holds its hash chain,
 *   one row per audit row (same `seq`): the hash of the row before and its own (over that and
 *   `record`), written in the audit row's transaction. A table of its own, so a database from
 *   before the chain gains it with CREATE IF NOT EXISTS; its older rows stay outside the chain.
 * - A retention purge is the one way an audit row goes: it first writes a tombstone
 *   (`audit_purged`: the row's seq and id and the purge record's id), and the delete trigger lets
 *   through only rows that have one. The chain link stays, so the chain still verifies.
 * - `worklist` is derived (from accounts, promises, payments and the ranking) and kept up to
 *   date incrementally by the use cases; it can always be rebuilt, so it holds nothing else.
 */
export const SCHEMA_VERSION = 8;

/** Audit rows are never deleted, except by a retention purge that left a tombstone for the row first. */
const AUDIT_NO_DELETE = `CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
    WHEN NOT EXISTS (SELECT 1 FROM audit_purged p WHERE p.seq = OLD.seq)
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`;

export const SCHEMA_DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS persons (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    locale TEXT,
    timezone TEXT,
    flags TEXT NOT NULL DEFAULT '{}'
  ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS persons_name ON persons (name)`,
  `CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY,
    debtor_id TEXT NOT NULL,
    product TEXT NOT NULL,
    currency TEXT NOT NULL,
    principal REAL NOT NULL,
    balance REAL NOT NULL,
    due_date TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open'
  ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS accounts_debtor ON accounts (debtor_id)`,
  `CREATE TABLE IF NOT EXISTS phones (
    e164 TEXT PRIMARY KEY,
    type TEXT NOT NULL DEFAULT 'UNKNOWN',
    country TEXT,
    status TEXT NOT NULL DEFAULT 'unknown',
    status_at TEXT
  ) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS emails (
    address TEXT PRIMARY KEY
  ) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS addresses (
    id TEXT PRIMARY KEY,
    line TEXT NOT NULL,
    city TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL,
    postcode TEXT,
    timezone TEXT
  ) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS employers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
  ) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS edges (
    type TEXT NOT NULL,
    from_key TEXT NOT NULL,
    to_key TEXT NOT NULL,
    source TEXT NOT NULL,
    kind TEXT,
    first_seen TEXT,
    last_seen TEXT,
    confidence REAL,
    valid_from TEXT,
    valid_to TEXT,
    PRIMARY KEY (from_key, type, to_key, source)
  ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS edges_to ON edges (to_key, last_seen)`,
  `CREATE TABLE IF NOT EXISTS attempts (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    at TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    channel TEXT NOT NULL,
    contact_kind TEXT NOT NULL,
    contact_value TEXT NOT NULL,
    person_id TEXT,
    outcome TEXT,
    outcome_at TEXT,
    note TEXT,
    decision_id TEXT,
    message_digest TEXT,
    direction TEXT
  ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS attempts_account_at ON attempts (account_id, at_ms)`,
  `CREATE INDEX IF NOT EXISTS attempts_person_at ON attempts (person_id, at_ms)`,
  `CREATE INDEX IF NOT EXISTS attempts_contact_at ON attempts (contact_kind, contact_value, at_ms)`,
  `CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    account_id TEXT NOT NULL,
    debtor_id TEXT,
    outcome TEXT NOT NULL,
    record TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS audit_at ON audit (at_ms)`,
  `CREATE INDEX IF NOT EXISTS audit_account_at ON audit (account_id, at_ms)`,
  `CREATE INDEX IF NOT EXISTS audit_debtor_at ON audit (debtor_id, at_ms)`,
  `CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`,
  `CREATE TABLE IF NOT EXISTS audit_links (
    seq INTEGER PRIMARY KEY,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS audit_purged (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    purge_id TEXT NOT NULL
  )`,
  AUDIT_NO_DELETE,
  `CREATE TRIGGER IF NOT EXISTS audit_purged_no_update BEFORE UPDATE ON audit_purged
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`,
  `CREATE TRIGGER IF NOT EXISTS audit_purged_no_delete BEFORE DELETE ON audit_purged
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`,
  `CREATE TRIGGER IF NOT EXISTS audit_links_no_update BEFORE UPDATE ON audit_links
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`,
  `CREATE TRIGGER IF NOT EXISTS audit_links_no_delete BEFORE DELETE ON audit_links
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`,
  `CREATE TABLE IF NOT EXISTS receipts (
    idempotency_key TEXT PRIMARY KEY,
    request_digest TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    attempt_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    to_kind TEXT NOT NULL,
    to_value TEXT NOT NULL,
    message TEXT,
    provider TEXT NOT NULL,
    status TEXT NOT NULL,
    tries INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS outbox_status ON outbox (status, seq)`,
  `CREATE TABLE IF NOT EXISTS promises (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    amount REAL NOT NULL,
    currency TEXT NOT NULL,
    due_date TEXT NOT NULL,
    made_at TEXT NOT NULL
  ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS promises_account ON promises (account_id, due_date)`,
  `CREATE TABLE IF NOT EXISTS payments (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    amount REAL NOT NULL,
    currency TEXT NOT NULL,
    at TEXT NOT NULL,
    at_ms INTEGER NOT NULL
  ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS payments_account ON payments (account_id, at_ms)`,
  `CREATE TABLE IF NOT EXISTS worklist (
    account_id TEXT PRIMARY KEY,
    debtor_id TEXT NOT NULL,
    debtor_name TEXT NOT NULL DEFAULT '',
    due_date TEXT NOT NULL,
    balance REAL NOT NULL,
    currency TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    score REAL,
    promise_due TEXT,
    routes TEXT NOT NULL DEFAULT '[]',
    stale INTEGER NOT NULL DEFAULT 1,
    refreshed_at TEXT
  ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS worklist_debtor ON worklist (debtor_id)`,
  `CREATE INDEX IF NOT EXISTS worklist_stale ON worklist (stale) WHERE stale = 1`,
  // Answers "any fresh entry?" at once while an import leaves every entry stale.
  `CREATE INDEX IF NOT EXISTS worklist_fresh ON worklist (account_id) WHERE stale = 0`,
];

/**
 * Steps that bring a database recorded at an older version up to the next one; SCHEMA_DDL
 * already has their effect, so a new database skips them. Key: the version a step reaches.
 */
export const SCHEMA_UPGRADES: Readonly<Record<number, readonly string[]>> = {
  2: ['ALTER TABLE attempts ADD COLUMN note TEXT'],
  // 3 (audit_links) and 4 (promises, payments, worklist) are new tables: SCHEMA_DDL creates them.
  3: [],
  4: [],
  // Consumer replies (inbound_sms, inbound_email) are attempts of their own; NULL reads as outbound.
  5: ['ALTER TABLE attempts ADD COLUMN direction TEXT'],
  // Retention purges: audit_purged is new (SCHEMA_DDL); the delete trigger now spares tombstoned rows.
  6: ['DROP TRIGGER IF EXISTS audit_no_delete', AUDIT_NO_DELETE],
  // Worklist routes now keep an address's street and city: entries ranked before are ranked again.
  7: ['UPDATE worklist SET stale = 1'],
  // The worklist_fresh index is new (SCHEMA_DDL creates it): nothing else changes.
  8: [],
};

/** Thrown when the database was written by a newer schema than this code knows. */
export class SchemaVersionError extends Error {
  override readonly name = 'SchemaVersionError';
  readonly code = 'SCHEMA_TOO_NEW';
}

/**
 * Creates or upgrades the schema and records its version in `meta`, all in one batch.
 * Idempotent; refuses a database whose recorded version is newer than this code, rather than
 * writing into it.
 */
export async function migrate(db: SqlExecutor): Promise<void> {
  await db.run(SCHEMA_DDL[0] ?? '');
  const row = await db.first<{ value: string }>(
    `SELECT value FROM meta WHERE key = 'schema_version'`,
  );
  const stored = row === undefined ? 0 : Number(row.value);
  if (stored > SCHEMA_VERSION) {
    throw new SchemaVersionError(
      `database schema version ${stored} is newer than this build supports (${SCHEMA_VERSION})`,
    );
  }
  const upgrades: string[] = [];
  // A new database (no version yet) gets the current DDL as is; an older one also gets each later step once.
  if (stored > 0)
    for (let v = stored + 1; v <= SCHEMA_VERSION; v++) upgrades.push(...(SCHEMA_UPGRADES[v] ?? []));
  await db.batch([
    ...SCHEMA_DDL.map((sql) => ({ sql })),
    ...upgrades.map((sql) => ({ sql })),
    {
      sql: `INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      params: [String(SCHEMA_VERSION)],
    },
  ]);
}
