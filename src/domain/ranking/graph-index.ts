import type { GraphEdge, GraphNode, Subgraph } from '../model/index.js';

/** A subgraph indexed for walking: nodes by key, edges by their start and end node. */
export interface GraphIndex {
  node(key: string): GraphNode | undefined;
  /** Edges leaving `key` of the given type, in a stable order. */
  out(key: string, type: GraphEdge['type']): readonly GraphEdge[];
  /** Edges arriving at `key` of the given type, in a stable order. */
  into(key: string, type: GraphEdge['type']): readonly GraphEdge[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A stable order for edges, so walks visit them the same way whatever order the store returned. */
function edgeOrder(a: GraphEdge, b: GraphEdge): number {
  return (
    compare(a.from, b.from) ||
    compare(a.to, b.to) ||
    compare(a.props.source, b.props.source) ||
    compare(a.props.kind ?? '', b.props.kind ?? '')
  );
}

function push(map: Map<string, GraphEdge[]>, key: string, edge: GraphEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/** Edges of one node and type, filtered and sorted on first use and kept. */
function lookup(
  byNode: Map<string, GraphEdge[]>,
  cache: Map<string, readonly GraphEdge[]>,
  key: string,
  type: GraphEdge['type'],
): readonly GraphEdge[] {
  const cacheKey = `${type}|${key}`;
  let list = cache.get(cacheKey);
  if (list === undefined) {
    list = (byNode.get(key) ?? []).filter((e) => e.type === type).sort(edgeOrder);
    cache.set(cacheKey, list);
  }
  return list;
}

/**
 * Indexes a subgraph in one linear pass; per-node edge lists are filtered by type and sorted
 * only when the walk asks for them, since a neighbourhood holds far more than the routes use.
 */
export function indexGraph(subgraph: Subgraph): GraphIndex {
  const nodes = new Map<string, GraphNode>();
  for (const n of subgraph.nodes) nodes.set(n.key, n);
  const outs = new Map<string, GraphEdge[]>();
  const ins = new Map<string, GraphEdge[]>();
  for (const e of subgraph.edges) {
    push(outs, e.from, e);
    push(ins, e.to, e);
  }
  const outCache = new Map<string, readonly GraphEdge[]>();
  const inCache = new Map<string, readonly GraphEdge[]>();
  return {
    node: (key) => nodes.get(key),
    out: (key, type) => lookup(outs, outCache, key, type),
    into: (key, type) => lookup(ins, inCache, key, type),
  };
}
