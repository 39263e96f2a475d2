import type {
  Account,
  AccountRole,
  ContactPoint,
  GraphEdge,
  Person,
  Phone,
  Subgraph,
} from '../../domain/model/index.js';
import { nodeKey, parseNodeKey } from '../../domain/model/index.js';
import {
  clampLimit,
  DEFAULT_FIND_LIMIT,
  EDGE_TYPES,
  type FanOutOptions,
  ROLE_OF_EDGE,
  rolesOfEdgeTypes,
} from '../port-rules.js';
import type { GraphCounts, GraphReads, SharedIdentifier } from '../roles/graph-reads.js';
import type { PersonFacts } from '../roles/guard-reads.js';
import { readDebtorsReachingPhone } from './debtors-reaching-phone.js';
import { walkNeighbourhood, walkNeighbourhoods } from './neighbourhood-walk.js';
import { readKnowsBetween, readPersonOwn } from './person-facts-read.js';
import {
  type AccountRow,
  accountFromRow,
  type PersonRow,
  type PhoneRow,
  personFromRow,
  phoneFromRow,
} from './rows.js';
import { contactKey, readSharedIdentifiers } from './shared-identifiers.js';
import type { SqlExecutor } from './sql-executor.js';

/** Reads of the embedded store's graph; relationships whose far end is not stored yet are skipped. */
export class SqliteGraphReads implements GraphReads {
  constructor(
    private readonly db: SqlExecutor,
    private readonly options: FanOutOptions = {},
  ) {}

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

  async accountsOf(personId: string): Promise<{ account: Account; role: AccountRole }[]> {
    const rows = await this.db.all<AccountRow & { edge_type: string }>(
      `SELECT a.*, e.type AS edge_type FROM edges e JOIN accounts a ON a.id = substr(e.to_key, 9)
        WHERE e.from_key = ? AND e.type IN ('OWES', 'GUARANTEES', 'CO_BORROWS')
        ORDER BY a.id, e.type`,
      [nodeKey('person', personId)],
    );
    const seen = new Set<string>();
    const result: { account: Account; role: AccountRole }[] = [];
    for (const row of rows) {
      const role = ROLE_OF_EDGE[row.edge_type];
      // One entry per (account, role), however many sources attest it.
      if (role === undefined || seen.has(`${row.id}\u0000${role}`)) continue;
      seen.add(`${row.id}\u0000${role}`);
      result.push({ account: accountFromRow(row), role });
    }
    return result;
  }

  /** Each person's account roles, as accountsOf gives them, in one statement over a JSON list of keys. */
  async accountRolesOf(personIds: string[]): Promise<AccountRole[][]> {
    if (personIds.length === 0) return [];
    const keys = [...new Set(personIds.map((id) => nodeKey('person', id)))];
    const rows = await this.db.all<{ from_key: string; edge_type: string }>(
      `SELECT DISTINCT e.from_key, e.type AS edge_type FROM json_each(?) AS f
        JOIN edges AS e ON e.from_key = f.value AND e.type IN ('OWES', 'GUARANTEES', 'CO_BORROWS')
        JOIN accounts AS a ON a.id = substr(e.to_key, 9)`,
      [JSON.stringify(keys)],
    );
    const types = new Map<string, string[]>();
    for (const row of rows)
      types.set(row.from_key, [...(types.get(row.from_key) ?? []), row.edge_type]);
    return personIds.map((id) => rolesOfEdgeTypes(types.get(nodeKey('person', id)) ?? []));
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

  /** Each person's 1-hop neighbourhood, as neighbourhood(id, 1) answers it, with one walk's statements. */
  async neighbourhoodsOf(personIds: string[], known?: Subgraph): Promise<Subgraph[]> {
    const nodes = new Map((known?.nodes ?? []).map((n) => [n.key, n]));
    return walkNeighbourhoods(this.db, personIds, this.options, nodes);
  }

  /** Two statements: the person with their own relationships and far nodes, then accountsOf's. */
  async personFacts(personId: string): Promise<PersonFacts | undefined> {
    const own = await readPersonOwn(this.db, personId);
    return own && { person: own.person, accounts: await this.accountsOf(personId), own: own.own };
  }

  async knowsBetween(personId: string, otherId: string): Promise<GraphEdge[]> {
    return readKnowsBetween(this.db, personId, otherId);
  }

  async sharedIdentifiers(contact: ContactPoint): Promise<SharedIdentifier> {
    const [shared] = await readSharedIdentifiers(this.db, [contact]);
    return shared!;
  }

  /** Who holds each of the contact points, as sharedIdentifiers answers it: two statements for all. */
  async sharedIdentifiersOf(contacts: ContactPoint[]): Promise<SharedIdentifier[]> {
    return readSharedIdentifiers(this.db, contacts);
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

  /** Who owes an account and can reach the phone, in one statement walking its routes backwards. */
  async debtorsReachingPhone(e164: string, limit: number): Promise<string[]> {
    return readDebtorsReachingPhone(this.db, e164, limit);
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
}
