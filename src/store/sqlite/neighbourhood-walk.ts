import type { GraphEdge, GraphNode, NodeKind, Subgraph } from '../../domain/model/index.js';
import { nodeKey, parseNodeKey } from '../../domain/model/index.js';
import { type FanOutOptions, neighbourhoodCaps } from '../port-rules.js';
import {
  type AccountRow,
  type AddressRow,
  accountFromRow,
  addressFromRow,
  type EdgeRow,
  type EmployerRow,
  edgeFromRow,
  employerFromRow,
  type PersonRow,
  type PhoneRow,
  personFromRow,
  phoneFromRow,
} from './rows.js';
import type { SqlExecutor } from './sql-executor.js';

const EDGE_COLUMNS =
  'e.type, e.from_key, e.to_key, e.source, e.kind, e.first_seen, e.last_seen, e.confidence, e.valid_from, e.valid_to';

/*
 * One statement per direction for a whole frontier (the frontier is one JSON parameter: D1
 * binds at most 100 parameters per statement). Incoming edges are where hubs are (a phone, an
 * address, an employer with thousands of holders): for each frontier key they come straight
 * from the (to_key, last_seen) index, most recently seen first, cap+1 index steps however big
 * the hub. Outgoing edges (only persons and employers have any, a handful each) are read by
 * key prefix and capped in code. Fetching one more than the cap tells a hub that was cut from
 * a node with exactly `cap` relationships.
 */
const OUTGOING_SQL = `SELECT ${EDGE_COLUMNS} FROM json_each(?) AS f JOIN edges AS e ON e.from_key = f.value`;
const INCOMING_SQL = `SELECT ${EDGE_COLUMNS} FROM json_each(?) AS f JOIN edges AS e ON (e.from_key, e.type, e.to_key, e.source) IN
  (SELECT x.from_key, x.type, x.to_key, x.source FROM edges AS x WHERE x.to_key = f.value ORDER BY x.last_seen DESC LIMIT ?)`;

const NODE_SQL: Record<NodeKind, string> = {
  person:
    'SELECT id, name, locale, timezone, flags FROM persons WHERE id IN (SELECT value FROM json_each(?))',
  account: 'SELECT * FROM accounts WHERE id IN (SELECT value FROM json_each(?))',
  phone: 'SELECT * FROM phones WHERE e164 IN (SELECT value FROM json_each(?))',
  email: 'SELECT address FROM emails WHERE address IN (SELECT value FROM json_each(?))',
  address: 'SELECT * FROM addresses WHERE id IN (SELECT value FROM json_each(?))',
  employer: 'SELECT id, name FROM employers WHERE id IN (SELECT value FROM json_each(?))',
};

/** A row of any node table as a subgraph node. */
function nodeFromRow(kind: NodeKind, row: unknown): GraphNode {
  switch (kind) {
    case 'person': {
      const data = personFromRow(row as PersonRow);
      return { key: nodeKey(kind, data.id), kind, data };
    }
    case 'account': {
      const data = accountFromRow(row as AccountRow);
      return { key: nodeKey(kind, data.id), kind, data };
    }
    case 'phone': {
      const data = phoneFromRow(row as PhoneRow);
      return { key: nodeKey(kind, data.e164), kind, data };
    }
    case 'email': {
      const data = { address: (row as { address: string }).address };
      return { key: nodeKey(kind, data.address), kind, data };
    }
    case 'address': {
      const data = addressFromRow(row as AddressRow);
      return { key: nodeKey(kind, data.id), kind, data };
    }
    case 'employer': {
      const data = employerFromRow(row as EmployerRow);
      return { key: nodeKey(kind, data.id), kind, data };
    }
  }
}

/** Loads the stored nodes among `keys`, one query per node kind; keys of absent nodes are simply missing. */
async function loadNodes(db: SqlExecutor, keys: Iterable<string>): Promise<Map<string, GraphNode>> {
  const byKind = new Map<NodeKind, string[]>();
  for (const key of keys) {
    const { kind, id } = parseNodeKey(key);
    if (!(kind in NODE_SQL)) continue;
    const ids = byKind.get(kind) ?? [];
    ids.push(id);
    byKind.set(kind, ids);
  }
  const found = new Map<string, GraphNode>();
  for (const [kind, ids] of byKind) {
    const rows = await db.all<unknown>(NODE_SQL[kind], [JSON.stringify(ids)]);
    for (const row of rows) {
      const node = nodeFromRow(kind, row);
      found.set(node.key, node);
    }
  }
  return found;
}

/** Sorts edges most recently seen first (never-seen last), the order the cap keeps. */
function byRecency(a: EdgeRow, b: EdgeRow): number {
  if (a.last_seen === b.last_seen) return 0;
  if (a.last_seen === null) return 1;
  if (b.last_seen === null) return -1;
  return a.last_seen < b.last_seen ? 1 : -1;
}

/**
 * The edges of every frontier node in one direction, at most `cap` per node, grouped by that
 * node in the order the statement returned them. Nodes that had more are added to `truncated`.
 */
async function frontierEdges(
  db: SqlExecutor,
  frontier: string[],
  direction: 'out' | 'in',
  cap: number,
  truncated: Set<string>,
): Promise<Map<string, EdgeRow[]>> {
  const frontierJson = JSON.stringify(frontier);
  const rows = await db.all<EdgeRow>(
    direction === 'out' ? OUTGOING_SQL : INCOMING_SQL,
    direction === 'out' ? [frontierJson] : [frontierJson, cap + 1],
  );
  const byNode = new Map<string, EdgeRow[]>();
  for (const row of rows) {
    const key = direction === 'out' ? row.from_key : row.to_key;
    const list = byNode.get(key) ?? [];
    list.push(row);
    byNode.set(key, list);
  }
  for (const [key, list] of byNode) {
    if (list.length > cap) {
      truncated.add(key);
      list.sort(byRecency);
      list.length = cap;
    }
  }
  return byNode;
}

/** The identity of an edge, as the schema's unique key. */
function edgeId(row: EdgeRow): string {
  return `${row.type}\u0000${row.from_key}\u0000${row.to_key}\u0000${row.source}`;
}

/**
 * Breadth-first walk from a person over stored relationships in both directions, up to
 * `depth` hops. Returns each node once with its full data and each relationship once; a
 * relationship whose other end is not stored (an import still under way) is skipped, and the
 * walk does not pass through it. An unknown person yields an empty subgraph.
 */
export async function walkNeighbourhood(
  db: SqlExecutor,
  personId: string,
  depth: number,
  options: FanOutOptions = {},
): Promise<Subgraph> {
  const { fanOutCap, rootCap } = neighbourhoodCaps(depth, options);
  const rootKey = nodeKey('person', personId);
  const nodes = await loadNodes(db, [rootKey]);
  if (!nodes.has(rootKey)) return { nodes: [], edges: [] };

  const edges = new Map<string, GraphEdge>();
  const truncated = new Set<string>();
  /** Keys looked up so far and found absent: dangling ends are not queried twice. */
  const missing = new Set<string>();
  let frontier = [rootKey];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const cap = hop === 0 ? rootCap : fanOutCap;
    const rows = [
      ...[...(await frontierEdges(db, frontier, 'out', cap, truncated)).values()].flat(),
      ...[...(await frontierEdges(db, frontier, 'in', cap, truncated)).values()].flat(),
    ];
    const unseen = new Set<string>();
    for (const row of rows) {
      for (const end of [row.from_key, row.to_key])
        if (!nodes.has(end) && !missing.has(end)) unseen.add(end);
    }
    const loaded = await loadNodes(db, unseen);
    const next: string[] = [];
    for (const key of unseen) {
      const node = loaded.get(key);
      if (node === undefined) {
        missing.add(key);
        continue;
      }
      nodes.set(key, node);
      next.push(key);
    }
    for (const row of rows) {
      if (nodes.has(row.from_key) && nodes.has(row.to_key))
        edges.set(edgeId(row), edgeFromRow(row));
    }
    frontier = next;
  }
  const subgraph: Subgraph = { nodes: [...nodes.values()], edges: [...edges.values()] };
  if (truncated.size > 0) subgraph.truncated = [...truncated];
  return subgraph;
}

/**
 * Each person's 1-hop neighbourhood, exactly as `walkNeighbourhood(db, id, 1)` answers it, for
 * many persons with the statements of one walk: one node look-up for the roots, one statement per
 * direction for all of them, one node look-up per kind for every far end. Nodes in `known` (read
 * earlier in the same answer) are taken from it instead of being read again; the relationships
 * are always read, so what is cut and the order stay the walk's own. The answers come in the
 * order of `personIds`; an unknown person's is empty.
 */
export async function walkNeighbourhoods(
  db: SqlExecutor,
  personIds: readonly string[],
  options: FanOutOptions = {},
  known: ReadonlyMap<string, GraphNode> = new Map(),
): Promise<Subgraph[]> {
  if (personIds.length === 0) return [];
  const { rootCap } = neighbourhoodCaps(1, options);
  const nodesOf = async (keys: Iterable<string>): Promise<Map<string, GraphNode>> => {
    const found = new Map<string, GraphNode>();
    const unread: string[] = [];
    for (const key of keys) {
      const node = known.get(key);
      if (node === undefined) unread.push(key);
      else found.set(key, node);
    }
    for (const [key, node] of await loadNodes(db, unread)) found.set(key, node);
    return found;
  };
  const rootKeys = [...new Set(personIds.map((id) => nodeKey('person', id)))];
  const roots = await nodesOf(rootKeys);
  const frontier = rootKeys.filter((key) => roots.has(key));
  const truncated = new Set<string>();
  const outgoing = await frontierEdges(db, frontier, 'out', rootCap, truncated);
  const incoming = await frontierEdges(db, frontier, 'in', rootCap, truncated);
  const rowsOf = (key: string): EdgeRow[] => [
    ...(outgoing.get(key) ?? []),
    ...(incoming.get(key) ?? []),
  ];
  const ends = new Set<string>();
  for (const key of frontier)
    for (const row of rowsOf(key))
      for (const end of [row.from_key, row.to_key]) if (!roots.has(end)) ends.add(end);
  const far = await nodesOf(ends);
  const byRoot = new Map<string, Subgraph>();
  for (const key of frontier) {
    const root = roots.get(key)!;
    const nodes = new Map<string, GraphNode>([[key, root]]);
    const rows = rowsOf(key);
    for (const row of rows)
      for (const end of [row.from_key, row.to_key]) {
        const node = end === key ? undefined : (far.get(end) ?? roots.get(end));
        if (node !== undefined && !nodes.has(end)) nodes.set(end, node);
      }
    const edges = new Map<string, GraphEdge>();
    for (const row of rows)
      if (nodes.has(row.from_key) && nodes.has(row.to_key))
        edges.set(edgeId(row), edgeFromRow(row));
    const subgraph: Subgraph = { nodes: [...nodes.values()], edges: [...edges.values()] };
    if (truncated.has(key)) subgraph.truncated = [key];
    byRoot.set(key, subgraph);
  }
  return personIds.map((id) => byRoot.get(nodeKey('person', id)) ?? { nodes: [], edges: [] });
}
