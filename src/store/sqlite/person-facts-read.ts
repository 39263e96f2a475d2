import type { GraphEdge, GraphNode } from '../../domain/model/index.js';
import { nodeKey } from '../../domain/model/index.js';
import type { PersonFacts } from '../roles/guard-reads.js';
import {
  addressFromRow,
  type EdgeRow,
  edgeFromRow,
  employerFromRow,
  personFromRow,
  phoneFromRow,
} from './rows.js';
import type { SqlExecutor } from './sql-executor.js';

/** What each row of PERSON_FACTS_SQL is: the person, or one of their own relationships with its far node. */
type Tag = 'person' | 'own';

/** A row of PERSON_FACTS_SQL: the edge's columns (null on the person's row) and up to seven node columns n1..n7. */
interface FactRow extends Omit<EdgeRow, 'type' | 'from_key' | 'to_key' | 'source'> {
  tag: Tag;
  type: string;
  from_key: string;
  to_key: string;
  source: string;
  n1: string;
  n2: Cell;
  n3: Cell;
  n4: Cell;
  n5: Cell;
  n6: Cell;
  n7: Cell;
}

/** A node column: its SQLite value as stored (branches put text and numbers in the same column). */
type Cell = string | number | null;

/** A text column's value (null stays null). */
function text(cell: Cell): string | null {
  return cell === null ? null : String(cell);
}

const EDGE =
  'e.type, e.from_key, e.to_key, e.source, e.kind, e.first_seen, e.last_seen, e.confidence, e.valid_from, e.valid_to';
const NO_EDGE =
  'NULL AS type, NULL AS from_key, NULL AS to_key, NULL AS source, NULL AS kind, NULL AS first_seen, NULL AS last_seen, NULL AS confidence, NULL AS valid_from, NULL AS valid_to';

/*
 * One statement of five branches (D1 allows no more terms in a compound SELECT), each an index
 * range: the person by id, then their own relationships of each type by the edges' primary key
 * (from_key, type, …), joined to the far node's table by id, so that one to a node not stored yet
 * drops out, as in a neighbourhood walk. The branches run in the order written, each in its
 * key's order: emails, phones, addresses, employers, as a walk lists them. Node columns are
 * positional (n1..n7) so the branches line up. (One branch for all four types, LEFT JOINed to
 * the four tables, measured about half as fast.)
 */
const PERSON_FACTS_SQL = `
SELECT 'person' AS tag, ${NO_EDGE}, id AS n1, name AS n2, locale AS n3, timezone AS n4, flags AS n5,
  NULL AS n6, NULL AS n7 FROM persons WHERE id = ?
UNION ALL SELECT 'own', ${EDGE}, m.address, NULL, NULL, NULL, NULL, NULL, NULL
  FROM edges AS e JOIN emails AS m ON m.address = substr(e.to_key, 7) WHERE e.from_key = ? AND e.type = 'HAS_EMAIL'
UNION ALL SELECT 'own', ${EDGE}, p.e164, p.type, p.country, p.status, p.status_at, NULL, NULL
  FROM edges AS e JOIN phones AS p ON p.e164 = substr(e.to_key, 7) WHERE e.from_key = ? AND e.type = 'HAS_PHONE'
UNION ALL SELECT 'own', ${EDGE}, a.id, a.line, a.city, a.region, a.country, a.postcode, a.timezone
  FROM edges AS e JOIN addresses AS a ON a.id = substr(e.to_key, 9) WHERE e.from_key = ? AND e.type = 'LIVED_AT'
UNION ALL SELECT 'own', ${EDGE}, w.id, w.name, NULL, NULL, NULL, NULL, NULL
  FROM edges AS e JOIN employers AS w ON w.id = substr(e.to_key, 10) WHERE e.from_key = ? AND e.type = 'WORKS_AT'`;

/** The far node of one of the person's own relationships, by the relationship's type. */
function farNode(row: FactRow): GraphNode | undefined {
  switch (row.type) {
    case 'HAS_EMAIL':
      return { key: row.to_key, kind: 'email', data: { address: row.n1 } };
    case 'HAS_PHONE': {
      const data = phoneFromRow({
        e164: row.n1,
        type: text(row.n2) ?? 'UNKNOWN',
        country: text(row.n3),
        status: text(row.n4) ?? 'unknown',
        status_at: text(row.n5),
      });
      return { key: row.to_key, kind: 'phone', data };
    }
    case 'LIVED_AT': {
      const data = addressFromRow({
        id: row.n1,
        line: text(row.n2) ?? '',
        city: text(row.n3) ?? '',
        region: text(row.n4) ?? '',
        country: text(row.n5) ?? '',
        postcode: text(row.n6),
        timezone: text(row.n7),
      });
      return { key: row.to_key, kind: 'address', data };
    }
    case 'WORKS_AT':
      return {
        key: row.to_key,
        kind: 'employer',
        data: employerFromRow({ id: row.n1, name: text(row.n2) ?? '' }),
      };
    default:
      return undefined;
  }
}

/**
 * The person and their own relationships with the far nodes, in one statement (see
 * GraphReads.personFacts, whose accounts the caller adds); undefined when the person is not stored.
 */
export async function readPersonOwn(
  db: SqlExecutor,
  personId: string,
): Promise<Omit<PersonFacts, 'accounts'> | undefined> {
  const key = nodeKey('person', personId);
  const rows = await db.all<FactRow>(PERSON_FACTS_SQL, [personId, key, key, key, key]);
  const self = rows[0];
  if (self === undefined || self.tag !== 'person') return undefined;
  const person = personFromRow({
    id: self.n1,
    name: text(self.n2) ?? '',
    locale: text(self.n3),
    timezone: text(self.n4),
    flags: text(self.n5) ?? '{}',
  });
  const nodes = new Map<string, GraphNode>([[key, { key, kind: 'person', data: person }]]);
  const edges: GraphEdge[] = [];
  for (const row of rows) {
    const node = row.tag === 'own' ? farNode(row) : undefined;
    if (node === undefined) continue;
    if (!nodes.has(node.key)) nodes.set(node.key, node);
    edges.push(edgeFromRow(row));
  }
  return { person, own: { nodes: [...nodes.values()], edges } };
}

/*
 * Both directions by the primary key (from_key, type, to_key): two index look-ups. Both persons
 * must be stored, as in a neighbourhood walk.
 */
const KNOWS_BETWEEN_SQL = `SELECT ${EDGE.replaceAll('e.', '')} FROM edges
  WHERE type = 'KNOWS' AND ((from_key = ? AND to_key = ?) OR (from_key = ? AND to_key = ?))
    AND EXISTS (SELECT 1 FROM persons WHERE id = ?) AND EXISTS (SELECT 1 FROM persons WHERE id = ?)`;

/** The KNOWS relationships between two stored persons, either way (see GraphReads.knowsBetween). */
export async function readKnowsBetween(
  db: SqlExecutor,
  personId: string,
  otherId: string,
): Promise<GraphEdge[]> {
  const a = nodeKey('person', personId);
  const b = nodeKey('person', otherId);
  const rows = await db.all<EdgeRow>(KNOWS_BETWEEN_SQL, [a, b, b, a, personId, otherId]);
  return rows.map(edgeFromRow);
}
