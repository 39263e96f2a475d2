import type { GraphEdge, GraphNode, Subgraph } from '../model/index.js';

/** A subgraph indexed for walking: nodes by key, edges by their start and end node. */
export interface GraphIndex {
  node(key: string): GraphNode | undefined;
  /** Edges leaving `key` of the given type, in a stable order. */
  out(key: string, type: GraphEdge['type']): readonly GraphEdge[];
  /** Edges arriving at `key` of the given type, in a stable order. */
  into(key: string, type: GraphEdge['type']): readonly GraphEdge[];
}

const NONE: readonly GraphEdge[] = [];

/** A stable key for an edge, so walks visit edges in the same order whatever order the store returned. */
function edgeOrder(a: GraphEdge, b: GraphEdge): number {
  return compare(a.from, b.from) || compare(a.to, b.to) || compare(a.props.source, b.props.source) || compare(a.props.kind ?? '', b.props.kind ?? '');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function push(map: Map<string, GraphEdge[]>, key: string, edge: GraphEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/** Indexes a subgraph once, so the path walk is linear in the edges it touches. */
export function indexGraph(subgraph: Subgraph): GraphIndex {
  const nodes = new Map<string, GraphNode>();
  for (const n of subgraph.nodes) nodes.set(n.key, n);
  const outs = new Map<string, GraphEdge[]>();
  const ins = new Map<string, GraphEdge[]>();
  for (const e of subgraph.edges) {
    push(outs, `${e.type}|${e.from}`, e);
    push(ins, `${e.type}|${e.to}`, e);
  }
  for (const list of outs.values()) list.sort(edgeOrder);
  for (const list of ins.values()) list.sort(edgeOrder);
  return {
    node: (key) => nodes.get(key),
    out: (key, type) => outs.get(`${type}|${key}`) ?? NONE,
    into: (key, type) => ins.get(`${type}|${key}`) ?? NONE,
  };
}
