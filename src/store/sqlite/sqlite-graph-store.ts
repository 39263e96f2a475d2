import type {
  Account,
  Address,
  Attempt,
  AuditFilter,
  AuditRecord,
  ContactPoint,
  DispatchRecord,
  DispatchStatus,
  EdgeType,
  EmailLink,
  Employer,
  Employment,
  Obligation,
  Outcome,
  OutreachReceipt,
  Person,
  PersonFlags,
  Phone,
  PhoneLink,
  PhoneStatus,
  Relation,
  Residence,
  Subgraph,
} from '../../domain/model/index.js';
import { nodeKey, parseNodeKey } from '../../domain/model/index.js';
import type {
  AttemptFilter,
  GraphCounts,
  GraphStore,
  Holder,
  SharedIdentifier,
} from '../graph-store.js';
import {
  byHolderOrder,
  clampLimit,
  contactValue,
  DEFAULT_AUDIT_LIMIT,
  DEFAULT_FIND_LIMIT,
  EDGE_TYPES,
  epochMs,
  evidenceParams,
  type FanOutOptions,
  MAX_LIST_LIMIT,
  ROLE_OF_EDGE,
} from '../port-rules.js';
import { walkNeighbourhood } from './neighbourhood-walk.js';
import {
  type AccountRow,
  type AttemptRow,
  accountFromRow,
  attemptFromRow,
  auditFromRow,
  defaultFlags,
  dispatchFromRow,
  type OutboxRow,
  type PersonRow,
  type PhoneRow,
  parseFlags,
  personFromRow,
  phoneFromRow,
  type ReceiptRow,
  receiptFromRow,
} from './rows.js';
import type { SqlExecutor, SqlStatement, SqlValue } from './sql-executor.js';
import { mergeStickyFlags } from './sticky-flags.js';

/** Options of the embedded store. */
export type SqliteGraphStoreOptions = FanOutOptions;

/** Evidence of one relationship, as the edges table stores it. */
interface EdgeInput {
  type: EdgeType;
  from: string;
  to: string;
  source: string;
  kind?: string | undefined;
  firstSeen?: string | null;
  lastSeen?: string | null;
  confidence?: number | null;
  validFrom?: string | undefined;
  validTo?: string | undefined;
}

/**
 * Idempotent edge upsert. Repeated evidence widens the seen-period (earliest firstSeen,
 * latest lastSeen; ISO-8601 text compares chronologically in one format) and fills in
 * properties the new row carries; it never blanks a property the new row leaves out.
 */
const UPSERT_EDGE_SQL = `INSERT INTO edges (type, from_key, to_key, source, kind, first_seen, last_seen, confidence, valid_from, valid_to)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (type, from_key, to_key, source) DO UPDATE SET
    kind = coalesce(excluded.kind, edges.kind),
    first_seen = CASE WHEN edges.first_seen IS NULL OR excluded.first_seen < edges.first_seen
      THEN coalesce(excluded.first_seen, edges.first_seen) ELSE edges.first_seen END,
    last_seen = CASE WHEN edges.last_seen IS NULL OR excluded.last_seen > edges.last_seen
      THEN coalesce(excluded.last_seen, edges.last_seen) ELSE edges.last_seen END,
    confidence = coalesce(excluded.confidence, edges.confidence),
    valid_from = coalesce(excluded.valid_from, edges.valid_from),
    valid_to = coalesce(excluded.valid_to, edges.valid_to)`;

/**
 * Phone node upsert. Line type and country come from the number and are refreshed; the status
 * is kept unless the row carries a real one: `unknown` (the schema default) never overwrites
 * a stored `invalid` or `suspended`.
 */
const UPSERT_PHONE_SQL = `INSERT INTO phones (e164, type, country, status, status_at) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (e164) DO UPDATE SET
    type = CASE WHEN excluded.type = 'UNKNOWN' THEN phones.type ELSE excluded.type END,
    country = coalesce(excluded.country, phones.country),
    status = CASE WHEN excluded.status = 'unknown' THEN phones.status ELSE excluded.status END,
    status_at = CASE WHEN excluded.status = 'unknown' THEN phones.status_at ELSE coalesce(excluded.status_at, phones.status_at) END`;

const OBLIGATION_EDGE: Record<Obligation['role'], EdgeType> = {
  guarantor: 'GUARANTEES',
  co_borrower: 'CO_BORROWS',
};
/** The relationships that attach a holder to a contact point. */
const HOLDING_EDGES = `('HAS_PHONE', 'HAS_EMAIL', 'LIVED_AT', 'LOCATED_AT')`;
/** OWES edges carry this source: an account names its debtor itself. */
const ACCOUNT_SOURCE = 'account';

/** A statement upserting one edge. */
function edgeStatement(e: EdgeInput): SqlStatement {
  return {
    sql: UPSERT_EDGE_SQL,
    params: [
      e.type,
      e.from,
      e.to,
      e.source,
      e.kind ?? null,
      e.firstSeen ?? null,
      e.lastSeen ?? null,
      e.confidence ?? null,
      e.validFrom ?? null,
      e.validTo ?? null,
    ],
  };
}

/** The node key a contact point is stored under (emails are kept lower-case). */
function contactKey(contact: ContactPoint): string {
  return nodeKey(contact.kind, contactValue(contact));
}

/**
 * The embedded GraphStore: SQLite through a SqlExecutor (better-sqlite3 on Node, D1 on
 * Workers). Each upsert call is one atomic batch and idempotent. Relationships may name nodes
 * that are not stored yet (an importer may send edges before nodes); readers skip such dangling
 * ends, and they resolve once the node arrives.
 */
export class SqliteGraphStore implements GraphStore {
  readonly name = 'sqlite';

  constructor(
    private readonly db: SqlExecutor,
    private readonly options: SqliteGraphStoreOptions = {},
  ) {}

  async upsertPersons(rows: Person[]): Promise<void> {
    if (rows.length === 0) return;
    // Sticky flags need the stored ones: read and write in one transaction.
    await this.db.transaction(async (tx) => {
      const ids = [...new Set(rows.map((r) => r.id))];
      const stored = await tx.all<{ id: string; flags: string }>(
        'SELECT id, flags FROM persons WHERE id IN (SELECT value FROM json_each(?))',
        [JSON.stringify(ids)],
      );
      const flagsById = new Map<string, PersonFlags>(
        stored.map((r) => [r.id, parseFlags(r.flags)]),
      );
      const statements: SqlStatement[] = [];
      for (const row of rows) {
        const incoming: PersonFlags = {
          ...defaultFlags(),
          ...row.flags,
          optOut: [...(row.flags?.optOut ?? [])],
        };
        const previous = flagsById.get(row.id);
        const flags = previous === undefined ? incoming : mergeStickyFlags(previous, incoming);
        flagsById.set(row.id, flags);
        statements.push({
          sql: `INSERT INTO persons (id, name, locale, timezone, flags) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, locale = excluded.locale, timezone = excluded.timezone, flags = excluded.flags`,
          params: [
            row.id,
            row.name,
            row.locale ?? null,
            row.timezone ?? null,
            JSON.stringify(flags),
          ],
        });
      }
      await tx.batch(statements);
    });
  }

  async upsertAccounts(rows: Account[]): Promise<void> {
    if (rows.length === 0) return;
    const statements: SqlStatement[] = [];
    for (const a of rows) {
      const debtorKey = nodeKey('person', a.debtorId);
      const accountKey = nodeKey('account', a.id);
      statements.push(
        {
          sql: `INSERT INTO accounts (id, debtor_id, product, currency, principal, balance, due_date, jurisdiction, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET debtor_id = excluded.debtor_id, product = excluded.product, currency = excluded.currency,
              principal = excluded.principal, balance = excluded.balance, due_date = excluded.due_date,
              jurisdiction = excluded.jurisdiction, status = excluded.status`,
          params: [
            a.id,
            a.debtorId,
            a.product,
            a.currency,
            a.principal,
            a.balance,
            a.dueDate,
            a.jurisdiction,
            a.status ?? 'open',
          ],
        },
        // An account has one debtor: a corrected debtorId moves the OWES edge rather than adding a second one.
        {
          sql: `DELETE FROM edges WHERE type = 'OWES' AND to_key = ? AND from_key <> ?`,
          params: [accountKey, debtorKey],
        },
        edgeStatement({ type: 'OWES', from: debtorKey, to: accountKey, source: ACCOUNT_SOURCE }),
      );
    }
    await this.db.batch(statements);
  }

  async upsertEmployers(rows: Employer[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.batch(
      rows.map((e) => ({
        sql: 'INSERT INTO employers (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name',
        params: [e.id, e.name],
      })),
    );
  }

  async upsertAddresses(rows: Address[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.batch(
      rows.map((a) => ({
        sql: `INSERT INTO addresses (id, line, city, region, country, postcode, timezone) VALUES (?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (id) DO UPDATE SET line = excluded.line, city = excluded.city, region = excluded.region,
            country = excluded.country, postcode = excluded.postcode, timezone = excluded.timezone`,
        params: [
          a.id,
          a.line,
          a.city,
          a.region ?? '',
          a.country,
          a.postcode ?? null,
          a.timezone ?? null,
        ],
      })),
    );
  }

  async upsertPhoneLinks(rows: PhoneLink[]): Promise<void> {
    if (rows.length === 0) return;
    const statements: SqlStatement[] = [];
    for (const link of rows) {
      const p = link.phone;
      statements.push(
        {
          sql: UPSERT_PHONE_SQL,
          params: [
            p.e164,
            p.type ?? 'UNKNOWN',
            p.country ?? null,
            p.status ?? 'unknown',
            p.statusAt ?? null,
          ],
        },
        edgeStatement({
          type: 'HAS_PHONE',
          from: nodeKey(link.owner.kind, link.owner.id),
          to: nodeKey('phone', p.e164),
          ...evidenceParams(link),
        }),
      );
    }
    await this.db.batch(statements);
  }

  async upsertEmailLinks(rows: EmailLink[]): Promise<void> {
    if (rows.length === 0) return;
    const statements: SqlStatement[] = [];
    for (const link of rows) {
      const address = link.address.toLowerCase();
      statements.push(
        {
          sql: 'INSERT INTO emails (address) VALUES (?) ON CONFLICT (address) DO NOTHING',
          params: [address],
        },
        edgeStatement({
          type: 'HAS_EMAIL',
          from: nodeKey('person', link.personId),
          to: nodeKey('email', address),
          ...evidenceParams(link),
        }),
      );
    }
    await this.db.batch(statements);
  }

  async upsertResidences(rows: Residence[]): Promise<void> {
    await this.upsertEdges(
      rows.map((r) => ({
        type: 'LIVED_AT',
        from: nodeKey('person', r.personId),
        to: nodeKey('address', r.addressId),
        ...evidenceParams(r),
        validFrom: r.from,
        validTo: r.to,
      })),
    );
  }

  async upsertEmployments(rows: Employment[]): Promise<void> {
    await this.upsertEdges(
      rows.map((r) => ({
        type: 'WORKS_AT',
        from: nodeKey('person', r.personId),
        to: nodeKey('employer', r.employerId),
        ...evidenceParams(r),
        validFrom: r.from,
        validTo: r.to,
      })),
    );
  }

  async upsertRelations(rows: Relation[]): Promise<void> {
    await this.upsertEdges(
      rows.map((r) => ({
        type: 'KNOWS',
        from: nodeKey('person', r.from),
        to: nodeKey('person', r.to),
        kind: r.kind,
        ...evidenceParams(r),
      })),
    );
  }

  async upsertObligations(rows: Obligation[]): Promise<void> {
    await this.upsertEdges(
      rows.map((o) => ({
        type: OBLIGATION_EDGE[o.role],
        from: nodeKey('person', o.personId),
        to: nodeKey('account', o.accountId),
        source: o.source ?? 'contract',
      })),
    );
  }

  private async upsertEdges(edges: EdgeInput[]): Promise<void> {
    if (edges.length === 0) return;
    await this.db.batch(edges.map(edgeStatement));
  }

  async recordAttempts(rows: Attempt[]): Promise<void> {
    if (rows.length === 0) return;
    const statements = rows.map((a) => ({
      sql: `INSERT INTO attempts (id, account_id, at, at_ms, channel, contact_kind, contact_value, person_id, outcome, outcome_at, note, decision_id, message_digest)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      params: [
        a.id,
        a.accountId,
        a.at,
        epochMs(a.at, 'attempt time'),
        a.channel,
        a.contact.kind,
        contactValue(a.contact),
        a.personId ?? null,
        a.outcome ?? null,
        a.outcomeAt ?? null,
        a.note ?? null,
        a.decisionId ?? null,
        a.messageDigest ?? null,
      ],
    }));
    await this.db.batch(statements);
  }

  async getPerson(id: string): Promise<Person | undefined> {
    const row = await this.db.first<PersonRow>(
      'SELECT id, name, locale, timezone, flags FROM persons WHERE id = ?',
      [id],
    );
    return row === undefined ? undefined : personFromRow(row);
  }

  async getAccount(id: string): Promise<Account | undefined> {
    const row = await this.db.first<AccountRow>('SELECT * FROM accounts WHERE id = ?', [id]);
    return row === undefined ? undefined : accountFromRow(row);
  }

  async getPhone(e164: string): Promise<Phone | undefined> {
    const row = await this.db.first<PhoneRow>('SELECT * FROM phones WHERE e164 = ?', [e164]);
    return row === undefined ? undefined : phoneFromRow(row);
  }

  async getAttempt(id: string): Promise<Attempt | undefined> {
    const row = await this.db.first<AttemptRow>('SELECT * FROM attempts WHERE id = ?', [id]);
    return row === undefined ? undefined : attemptFromRow(row);
  }

  async accountsOf(
    personId: string,
  ): Promise<{ account: Account; role: 'debtor' | 'guarantor' | 'co_borrower' }[]> {
    const rows = await this.db.all<AccountRow & { edge_type: string }>(
      `SELECT a.*, e.type AS edge_type FROM edges e JOIN accounts a ON a.id = substr(e.to_key, 9)
        WHERE e.from_key = ? AND e.type IN ('OWES', 'GUARANTEES', 'CO_BORROWS')
        ORDER BY a.id, e.type`,
      [nodeKey('person', personId)],
    );
    const seen = new Set<string>();
    const result: { account: Account; role: 'debtor' | 'guarantor' | 'co_borrower' }[] = [];
    for (const row of rows) {
      const role = ROLE_OF_EDGE[row.edge_type];
      // One entry per (account, role), however many sources attest it.
      if (role === undefined || seen.has(`${row.id}\u0000${role}`)) continue;
      seen.add(`${row.id}\u0000${role}`);
      result.push({ account: accountFromRow(row), role });
    }
    return result;
  }

  /**
   * An exact id and holders of a phone are index look-ups; "name or id contains" reads persons
   * until `limit` match, so a rare text scans the table (a quarter of a second at a million).
   */
  async findPersons(query: { text?: string; phone?: string; limit?: number }): Promise<Person[]> {
    const limit = clampLimit(query.limit, DEFAULT_FIND_LIMIT);
    const found = new Map<string, Person>();
    const text = query.text?.trim() ?? '';
    if (text !== '') {
      const exact = await this.getPerson(text);
      if (exact !== undefined) found.set(exact.id, exact);
      // instr() rather than LIKE: user text may contain % or _. Case-insensitive for ASCII.
      const rows = await this.db.all<PersonRow>(
        `SELECT id, name, locale, timezone, flags FROM persons
          WHERE instr(lower(id), lower(?)) > 0 OR instr(lower(name), lower(?)) > 0 LIMIT ?`,
        [text, text, limit],
      );
      for (const row of rows) if (!found.has(row.id)) found.set(row.id, personFromRow(row));
    }
    if (query.phone !== undefined && query.phone !== '') {
      const rows = await this.db.all<PersonRow>(
        `SELECT p.id, p.name, p.locale, p.timezone, p.flags FROM edges e JOIN persons p ON p.id = substr(e.from_key, 8)
          WHERE e.to_key = ? AND e.type = 'HAS_PHONE' AND e.from_key LIKE 'person:%' LIMIT ?`,
        [nodeKey('phone', query.phone), limit],
      );
      for (const row of rows) if (!found.has(row.id)) found.set(row.id, personFromRow(row));
    }
    // An exact id match first, then by id.
    const rank = (p: Person): number => (p.id === text ? 0 : 1);
    return [...found.values()]
      .sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  }

  async neighbourhood(personId: string, depth: number): Promise<Subgraph> {
    return walkNeighbourhood(this.db, personId, depth, this.options);
  }

  async sharedIdentifiers(contact: ContactPoint): Promise<SharedIdentifier> {
    const key = contactKey(contact);
    const edges = await this.db.all<{ from_key: string; source: string; last_seen: string | null }>(
      `SELECT from_key, source, last_seen FROM edges WHERE to_key = ? AND type IN ${HOLDING_EDGES}`,
      [key],
    );
    // One holder per node: the most recently seen evidence speaks for it.
    const best = new Map<string, { source: string; lastSeen: string | null }>();
    for (const e of edges) {
      const prev = best.get(e.from_key);
      if (
        prev === undefined ||
        (e.last_seen !== null && (prev.lastSeen === null || e.last_seen > prev.lastSeen))
      ) {
        best.set(e.from_key, { source: e.source, lastSeen: e.last_seen });
      }
    }
    const keys = JSON.stringify([...best.keys()]);
    const names = await this.db.all<{ key: string; name: string }>(
      `SELECT 'person:' || id AS key, name FROM persons
          WHERE id IN (SELECT substr(value, 8) FROM json_each(?) WHERE value LIKE 'person:%')
        UNION ALL SELECT 'employer:' || id AS key, name FROM employers
          WHERE id IN (SELECT substr(value, 10) FROM json_each(?) WHERE value LIKE 'employer:%')`,
      [keys, keys],
    );
    const debtors = await this.db.all<{ from_key: string }>(
      `SELECT DISTINCT from_key FROM edges WHERE from_key IN (SELECT value FROM json_each(?)) AND type IN ('OWES', 'GUARANTEES', 'CO_BORROWS')`,
      [keys],
    );
    const owing = new Set(debtors.map((d) => d.from_key));
    const holders: Holder[] = [];
    for (const { key: holderKey, name } of names) {
      const evidence = best.get(holderKey);
      if (evidence === undefined) continue;
      const holder: Holder = {
        kind: holderKey.startsWith('person:') ? 'person' : 'employer',
        id: parseNodeKey(holderKey).id,
        name,
        isDebtor: owing.has(holderKey),
        source: evidence.source,
      };
      if (evidence.lastSeen !== null) holder.lastSeen = evidence.lastSeen;
      holders.push(holder);
    }
    holders.sort(byHolderOrder);
    const result: SharedIdentifier = {
      contact: { kind: contact.kind, value: contactValue(contact) },
      holders,
    };
    if (contact.kind === 'phone') {
      const phone = await this.getPhone(contact.value);
      if (phone !== undefined) result.phone = phone;
    }
    return result;
  }

  /**
   * For each contact point, the persons holding it who owe, guarantee or co-borrow: one statement
   * for all points. Like sharedIdentifiers, a holder whose person node is not stored is left out.
   */
  async debtorsHolding(
    contacts: ContactPoint[],
  ): Promise<{ contact: ContactPoint; debtorIds: string[] }[]> {
    if (contacts.length === 0) return [];
    const keys = contacts.map(contactKey);
    const rows = await this.db.all<{ to_key: string; from_key: string }>(
      `SELECT DISTINCT h.to_key, h.from_key FROM json_each(?) AS f JOIN edges AS h ON h.to_key = f.value
        WHERE h.type IN ('HAS_PHONE', 'HAS_EMAIL', 'LIVED_AT') AND h.from_key LIKE 'person:%'
          AND EXISTS (SELECT 1 FROM edges AS o WHERE o.from_key = h.from_key AND o.type IN ('OWES', 'GUARANTEES', 'CO_BORROWS'))
          AND EXISTS (SELECT 1 FROM persons AS p WHERE p.id = substr(h.from_key, 8))`,
      [JSON.stringify(keys)],
    );
    const byKey = new Map<string, string[]>();
    for (const r of rows)
      byKey.set(r.to_key, [...(byKey.get(r.to_key) ?? []), parseNodeKey(r.from_key).id]);
    return contacts.map((contact, i) => ({
      contact,
      debtorIds: (byKey.get(keys[i]!) ?? []).sort(),
    }));
  }

  async listAttempts(filter: AttemptFilter): Promise<Attempt[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.accountId !== undefined) {
      where.push('account_id = ?');
      params.push(filter.accountId);
    }
    if (filter.personId !== undefined) {
      where.push('person_id = ?');
      params.push(filter.personId);
    }
    if (filter.contact !== undefined) {
      where.push('contact_kind = ? AND contact_value = ?');
      params.push(filter.contact.kind, contactValue(filter.contact));
    }
    if (filter.from !== undefined) {
      where.push('at_ms >= ?');
      params.push(epochMs(filter.from, 'window start'));
    }
    if (filter.to !== undefined) {
      where.push('at_ms < ?');
      params.push(epochMs(filter.to, 'window end'));
    }
    let sql = `SELECT * FROM attempts${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY at_ms, id`;
    if (filter.limit !== undefined) {
      sql += ' LIMIT ?';
      params.push(clampLimit(filter.limit, MAX_LIST_LIMIT));
    }
    const rows = await this.db.all<AttemptRow>(sql, params);
    return rows.map(attemptFromRow);
  }

  /** Sets the outcome; a note replaces the stored one only when given. */
  async setAttemptOutcome(
    id: string,
    outcome: Outcome,
    at: string,
    note?: string,
  ): Promise<Attempt | undefined> {
    const { changes } = await this.db.run(
      'UPDATE attempts SET outcome = ?, outcome_at = ?, note = coalesce(?, note) WHERE id = ?',
      [outcome, at, note ?? null, id],
    );
    return changes === 0 ? undefined : this.getAttempt(id);
  }

  /** Sets a phone's status; a number not yet stored is created (line type unknown), so the status is never lost. */
  async setPhoneStatus(e164: string, status: PhoneStatus, at: string): Promise<void> {
    await this.db.run(
      `INSERT INTO phones (e164, status, status_at) VALUES (?, ?, ?)
        ON CONFLICT (e164) DO UPDATE SET status = excluded.status, status_at = excluded.status_at`,
      [e164, status, at],
    );
  }

  /** Applies the patch to the person's flags (here a flag can be lifted); an unknown person is left alone. */
  async setPersonFlags(id: string, patch: Partial<PersonFlags>): Promise<void> {
    await this.db.transaction(async (tx) => {
      const row = await tx.first<{ flags: string }>('SELECT flags FROM persons WHERE id = ?', [id]);
      if (row === undefined) return;
      const flags: PersonFlags = { ...parseFlags(row.flags), ...patch };
      if (flags.attorney === undefined) delete flags.attorney;
      await tx.run('UPDATE persons SET flags = ? WHERE id = ?', [JSON.stringify(flags), id]);
    });
  }

  /**
   * No-op: the embedded store serialises whole transactions (one writer at a time, see
   * BetterSqlite3Executor), so the account is already locked for the caller's transaction.
   */
  async lockAccount(_accountId: string): Promise<void> {}

  async appendAudit(record: AuditRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO audit (id, at, at_ms, kind, account_id, debtor_id, outcome, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        record.id,
        record.at,
        epochMs(record.at, 'audit time'),
        record.kind,
        record.accountId,
        record.debtorId ?? null,
        record.outcome,
        JSON.stringify(record),
      ],
    );
  }

  /** Audit entries matching the filter, newest first; at most `limit` (default 100). */
  async listAudit(filter: AuditFilter): Promise<AuditRecord[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.accountId !== undefined) {
      where.push('account_id = ?');
      params.push(filter.accountId);
    }
    if (filter.debtorId !== undefined) {
      where.push('debtor_id = ?');
      params.push(filter.debtorId);
    }
    if (filter.outcome !== undefined) {
      where.push('outcome = ?');
      params.push(filter.outcome);
    }
    if (filter.from !== undefined) {
      where.push('at_ms >= ?');
      params.push(epochMs(filter.from, 'window start'));
    }
    if (filter.to !== undefined) {
      where.push('at_ms < ?');
      params.push(epochMs(filter.to, 'window end'));
    }
    params.push(clampLimit(filter.limit, DEFAULT_AUDIT_LIMIT));
    const rows = await this.db.all<{ record: string }>(
      `SELECT record FROM audit${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY at_ms DESC, seq DESC LIMIT ?`,
      params,
    );
    return rows.map(auditFromRow);
  }

  async getReceipt(idempotencyKey: string): Promise<OutreachReceipt | undefined> {
    const row = await this.db.first<ReceiptRow>(
      'SELECT * FROM receipts WHERE idempotency_key = ?',
      [idempotencyKey],
    );
    return row === undefined ? undefined : receiptFromRow(row);
  }

  async putReceipt(receipt: OutreachReceipt): Promise<boolean> {
    const { changes } = await this.db.run(
      `INSERT INTO receipts (idempotency_key, request_digest, status, body, created_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (idempotency_key) DO NOTHING`,
      [
        receipt.idempotencyKey,
        receipt.requestDigest,
        receipt.status,
        JSON.stringify(receipt.body ?? null),
        receipt.createdAt,
      ],
    );
    return changes === 1;
  }

  /** Queues a dispatch; an id already queued is a StoreConflictError. */
  async enqueueDispatch(r: DispatchRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO outbox (id, attempt_id, channel, to_kind, to_value, message, provider, status, tries, last_error, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        r.id,
        r.attemptId,
        r.channel,
        r.to.kind,
        r.to.value,
        r.message ?? null,
        r.provider,
        r.status,
        r.tries,
        r.lastError ?? null,
        r.createdAt,
        r.updatedAt,
      ],
    );
  }

  async updateDispatch(
    id: string,
    patch: { status: DispatchStatus; tries?: number; lastError?: string; updatedAt: string },
  ): Promise<void> {
    await this.db.run(
      `UPDATE outbox SET status = ?, tries = coalesce(?, tries), last_error = coalesce(?, last_error), updated_at = ? WHERE id = ?`,
      [patch.status, patch.tries ?? null, patch.lastError ?? null, patch.updatedAt, id],
    );
  }

  /** Outbox records in the order they were queued; every match unless `limit` is given. */
  async listOutbox(filter: { status?: DispatchStatus; limit?: number }): Promise<DispatchRecord[]> {
    const params: SqlValue[] = [];
    let sql = 'SELECT * FROM outbox';
    if (filter.status !== undefined) {
      sql += ' WHERE status = ?';
      params.push(filter.status);
    }
    sql += ' ORDER BY seq';
    if (filter.limit !== undefined) {
      sql += ' LIMIT ?';
      params.push(clampLimit(filter.limit, MAX_LIST_LIMIT));
    }
    const rows = await this.db.all<OutboxRow>(sql, params);
    return rows.map(dispatchFromRow);
  }

  /**
   * Exact counts per node kind (plus `attempt`) and relationship type. A full count, linear in
   * the graph (about a second for a million persons): for health pages, start-up and re-import
   * checks, not for request paths.
   */
  async counts(): Promise<GraphCounts> {
    const n = await this.db.first<Record<string, number>>(
      `SELECT (SELECT count(*) FROM persons) AS person, (SELECT count(*) FROM accounts) AS account,
        (SELECT count(*) FROM phones) AS phone, (SELECT count(*) FROM emails) AS email,
        (SELECT count(*) FROM addresses) AS address, (SELECT count(*) FROM employers) AS employer,
        (SELECT count(*) FROM attempts) AS attempt`,
    );
    const edgeRows = await this.db.all<{ type: string; n: number }>(
      'SELECT type, count(*) AS n FROM edges GROUP BY type',
    );
    const edges: Record<string, number> = Object.fromEntries(EDGE_TYPES.map((t) => [t, 0]));
    for (const row of edgeRows) edges[row.type] = row.n;
    return { nodes: { ...(n ?? {}) }, edges };
  }

  async ping(): Promise<void> {
    await this.db.first('SELECT 1 AS ok');
  }

  async transaction<T>(fn: (tx: GraphStore) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => fn(new SqliteGraphStore(tx, this.options)));
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
