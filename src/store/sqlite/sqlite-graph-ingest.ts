import type {
  Account,
  Address,
  EdgeType,
  EmailLink,
  Employer,
  Employment,
  Obligation,
  Person,
  PersonFlags,
  PhoneLink,
  Relation,
  Residence,
} from '../../domain/model/index.js';
import { nodeKey } from '../../domain/model/index.js';
import { evidenceParams } from '../port-rules.js';
import type { GraphIngest } from '../roles/graph-ingest.js';
import { multiRow } from './multi-row.js';
import { defaultFlags, parseFlags } from './rows.js';
import type { SqlExecutor, SqlValue } from './sql-executor.js';
import { mergeStickyFlags } from './sticky-flags.js';

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
const EDGE_HEAD =
  'INSERT INTO edges (type, from_key, to_key, source, kind, first_seen, last_seen, confidence, valid_from, valid_to) VALUES';
const EDGE_TAIL = `ON CONFLICT (type, from_key, to_key, source) DO UPDATE SET
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
const PHONE_HEAD = 'INSERT INTO phones (e164, type, country, status, status_at) VALUES';
const PHONE_TAIL = `ON CONFLICT (e164) DO UPDATE SET
    type = CASE WHEN excluded.type = 'UNKNOWN' THEN phones.type ELSE excluded.type END,
    country = coalesce(excluded.country, phones.country),
    status = CASE WHEN excluded.status = 'unknown' THEN phones.status ELSE excluded.status END,
    status_at = CASE WHEN excluded.status = 'unknown' THEN phones.status_at ELSE coalesce(excluded.status_at, phones.status_at) END`;

const OBLIGATION_EDGE: Record<Obligation['role'], EdgeType> = {
  guarantor: 'GUARANTEES',
  co_borrower: 'CO_BORROWS',
};
/** OWES edges carry this source: an account names its debtor itself. */
const ACCOUNT_SOURCE = 'account';

const PERSON_HEAD = 'INSERT INTO persons (id, name, locale, timezone, flags) VALUES';
const PERSON_TAIL =
  'ON CONFLICT (id) DO UPDATE SET name = excluded.name, locale = excluded.locale, timezone = excluded.timezone, flags = excluded.flags';
const ACCOUNT_HEAD =
  'INSERT INTO accounts (id, debtor_id, product, currency, principal, balance, due_date, jurisdiction, status) VALUES';
const ACCOUNT_TAIL = `ON CONFLICT (id) DO UPDATE SET debtor_id = excluded.debtor_id, product = excluded.product, currency = excluded.currency,
  principal = excluded.principal, balance = excluded.balance, due_date = excluded.due_date,
  jurisdiction = excluded.jurisdiction, status = excluded.status`;
const ADDRESS_HEAD =
  'INSERT INTO addresses (id, line, city, region, country, postcode, timezone) VALUES';
const ADDRESS_TAIL = `ON CONFLICT (id) DO UPDATE SET line = excluded.line, city = excluded.city, region = excluded.region,
  country = excluded.country, postcode = excluded.postcode, timezone = excluded.timezone`;

/** One edge's parameters, in EDGE_HEAD's column order. */
function edgeParams(e: EdgeInput): SqlValue[] {
  return [
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
  ];
}

/** The last row for each key, in the order the keys first came: what upserting them all in turn leaves. */
function lastByKey<T>(rows: T[], key: (row: T) => string): T[] {
  const last = new Map<string, T>();
  for (const row of rows) last.set(key(row), row);
  return last.size === rows.length ? rows : [...last.values()];
}

/**
 * Imports into the embedded store. Each upsert call is one atomic batch and idempotent, its rows
 * sent as multi-row statements (multi-row.ts).
 * Relationships may name nodes that are not stored yet (an importer may send edges before
 * nodes); readers skip such dangling ends, and they resolve once the node arrives.
 */
export class SqliteGraphIngest implements GraphIngest {
  constructor(private readonly db: SqlExecutor) {}

  /** Multi-row statements sized for this executor's parameter limit. */
  private rows(head: string, tail: string, rows: SqlValue[][]) {
    return multiRow(head, tail, rows, this.db.maxParameters);
  }

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
      const values: SqlValue[][] = [];
      for (const row of rows) {
        const incoming: PersonFlags = {
          ...defaultFlags(),
          ...row.flags,
          optOut: [...(row.flags?.optOut ?? [])],
        };
        const previous = flagsById.get(row.id);
        const flags = previous === undefined ? incoming : mergeStickyFlags(previous, incoming);
        flagsById.set(row.id, flags);
        values.push([
          row.id,
          row.name,
          row.locale ?? null,
          row.timezone ?? null,
          JSON.stringify(flags),
        ]);
      }
      await tx.batch(multiRow(PERSON_HEAD, PERSON_TAIL, values, tx.maxParameters));
    });
  }

  async upsertAccounts(rows: Account[]): Promise<void> {
    if (rows.length === 0) return;
    // Written table by table, so an account listed twice keeps only its last row (as row-by-row upserts would).
    const accounts = lastByKey(rows, (a) => a.id);
    await this.db.batch([
      ...this.rows(
        ACCOUNT_HEAD,
        ACCOUNT_TAIL,
        accounts.map((a) => [
          a.id,
          a.debtorId,
          a.product,
          a.currency,
          a.principal,
          a.balance,
          a.dueDate,
          a.jurisdiction,
          a.status ?? 'open',
        ]),
      ),
      // An account has one debtor: a corrected debtorId moves the OWES edge rather than adding a second one.
      ...accounts.map((a) => ({
        sql: `DELETE FROM edges WHERE type = 'OWES' AND to_key = ? AND from_key <> ?`,
        params: [nodeKey('account', a.id), nodeKey('person', a.debtorId)],
      })),
      ...this.rows(
        EDGE_HEAD,
        EDGE_TAIL,
        accounts.map((a) =>
          edgeParams({
            type: 'OWES',
            from: nodeKey('person', a.debtorId),
            to: nodeKey('account', a.id),
            source: ACCOUNT_SOURCE,
          }),
        ),
      ),
    ]);
  }

  async upsertEmployers(rows: Employer[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.batch(
      this.rows(
        'INSERT INTO employers (id, name) VALUES',
        'ON CONFLICT (id) DO UPDATE SET name = excluded.name',
        rows.map((e) => [e.id, e.name]),
      ),
    );
  }

  async upsertAddresses(rows: Address[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.batch(
      this.rows(
        ADDRESS_HEAD,
        ADDRESS_TAIL,
        rows.map((a) => [
          a.id,
          a.line,
          a.city,
          a.region ?? '',
          a.country,
          a.postcode ?? null,
          a.timezone ?? null,
        ]),
      ),
    );
  }

  async upsertPhoneLinks(rows: PhoneLink[]): Promise<void> {
    if (rows.length === 0) return;
    // Phones and their edges are separate tables: all phones first, then all edges, is the same as interleaved.
    await this.db.batch([
      ...this.rows(
        PHONE_HEAD,
        PHONE_TAIL,
        rows.map(({ phone: p }) => [
          p.e164,
          p.type ?? 'UNKNOWN',
          p.country ?? null,
          p.status ?? 'unknown',
          p.statusAt ?? null,
        ]),
      ),
      ...this.rows(
        EDGE_HEAD,
        EDGE_TAIL,
        rows.map((link) =>
          edgeParams({
            type: 'HAS_PHONE',
            from: nodeKey(link.owner.kind, link.owner.id),
            to: nodeKey('phone', link.phone.e164),
            ...evidenceParams(link),
          }),
        ),
      ),
    ]);
  }

  async upsertEmailLinks(rows: EmailLink[]): Promise<void> {
    if (rows.length === 0) return;
    const addresses = rows.map((link) => link.address.toLowerCase());
    await this.db.batch([
      ...this.rows(
        'INSERT INTO emails (address) VALUES',
        'ON CONFLICT (address) DO NOTHING',
        addresses.map((a) => [a]),
      ),
      ...this.rows(
        EDGE_HEAD,
        EDGE_TAIL,
        rows.map((link, i) =>
          edgeParams({
            type: 'HAS_EMAIL',
            from: nodeKey('person', link.personId),
            to: nodeKey('email', addresses[i] as string),
            ...evidenceParams(link),
          }),
        ),
      ),
    ]);
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
    await this.db.batch(this.rows(EDGE_HEAD, EDGE_TAIL, edges.map(edgeParams)));
  }
}
