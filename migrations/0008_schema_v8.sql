-- skipgraph embedded store schema, version 8, for Cloudflare D1.
-- Generated from src/store/sqlite/schema.ts by `npx tsx scripts/gen-d1-migration.ts`; do not edit by hand.

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

CREATE TABLE IF NOT EXISTS persons (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    locale TEXT,
    timezone TEXT,
    flags TEXT NOT NULL DEFAULT '{}'
  ) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS persons_name ON persons (name);

CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY,
    debtor_id TEXT NOT NULL,
    product TEXT NOT NULL,
    currency TEXT NOT NULL,
    principal REAL NOT NULL,
    balance REAL NOT NULL,
    due_date TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open'
  ) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS accounts_debtor ON accounts (debtor_id);

CREATE TABLE IF NOT EXISTS phones (
    e164 TEXT PRIMARY KEY,
    type TEXT NOT NULL DEFAULT 'UNKNOWN',
    country TEXT,
    status TEXT NOT NULL DEFAULT 'unknown',
    status_at TEXT
  ) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS emails (
    address TEXT PRIMARY KEY
  ) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS addresses (
    id TEXT PRIMARY KEY,
    line TEXT NOT NULL,
    city TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL,
    postcode TEXT,
    timezone TEXT
  ) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS employers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
  ) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS edges (
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
  ) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS edges_to ON edges (to_key, last_seen);

CREATE TABLE IF NOT EXISTS attempts (
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
  ) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS attempts_account_at ON attempts (account_id, at_ms);

CREATE INDEX IF NOT EXISTS attempts_person_at ON attempts (person_id, at_ms);

CREATE INDEX IF NOT EXISTS attempts_contact_at ON attempts (contact_kind, contact_value, at_ms);

CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    account_id TEXT NOT NULL,
    debtor_id TEXT,
    outcome TEXT NOT NULL,
    record TEXT NOT NULL
  );

CREATE INDEX IF NOT EXISTS audit_at ON audit (at_ms);

CREATE INDEX IF NOT EXISTS audit_account_at ON audit (account_id, at_ms);

CREATE INDEX IF NOT EXISTS audit_debtor_at ON audit (debtor_id, at_ms);

CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TABLE IF NOT EXISTS audit_links (
    seq INTEGER PRIMARY KEY,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  );

CREATE TABLE IF NOT EXISTS audit_purged (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    purge_id TEXT NOT NULL
  );

CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
    WHEN NOT EXISTS (SELECT 1 FROM audit_purged p WHERE p.seq = OLD.seq)
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TRIGGER IF NOT EXISTS audit_purged_no_update BEFORE UPDATE ON audit_purged
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TRIGGER IF NOT EXISTS audit_purged_no_delete BEFORE DELETE ON audit_purged
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TRIGGER IF NOT EXISTS audit_links_no_update BEFORE UPDATE ON audit_links
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TRIGGER IF NOT EXISTS audit_links_no_delete BEFORE DELETE ON audit_links
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TABLE IF NOT EXISTS receipts (
    idempotency_key TEXT PRIMARY KEY,
    request_digest TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS outbox (
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
  );

CREATE INDEX IF NOT EXISTS outbox_status ON outbox (status, seq);

CREATE TABLE IF NOT EXISTS promises (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    amount REAL NOT NULL,
    currency TEXT NOT NULL,
    due_date TEXT NOT NULL,
    made_at TEXT NOT NULL
  ) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS promises_account ON promises (account_id, due_date);

CREATE TABLE IF NOT EXISTS payments (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    amount REAL NOT NULL,
    currency TEXT NOT NULL,
    at TEXT NOT NULL,
    at_ms INTEGER NOT NULL
  ) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS payments_account ON payments (account_id, at_ms);

CREATE TABLE IF NOT EXISTS worklist (
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
  ) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS worklist_debtor ON worklist (debtor_id);

CREATE INDEX IF NOT EXISTS worklist_stale ON worklist (stale) WHERE stale = 1;

CREATE INDEX IF NOT EXISTS worklist_fresh ON worklist (account_id) WHERE stale = 0;

INSERT INTO meta (key, value) VALUES ('schema_version', '8') ON CONFLICT (key) DO UPDATE SET value = excluded.value;
