import { type GraphEdge, nodeKey, parseNodeKey, type Subgraph } from '../../domain/model/index.js';
import type { GraphReads } from '../../store/graph-store.js';

function edgeId(e: GraphEdge): string {
  return `${e.type}\u0000${e.from}\u0000${e.to}\u0000${e.props.source}`;
}

/** Merges subgraphs: each node and relationship once; truncation notes are kept. */
export function mergeSubgraphs(parts: readonly Subgraph[]): Subgraph {
  const nodes = new Map<string, Subgraph['nodes'][number]>();
  const edges = new Map<string, GraphEdge>();
  const truncated = new Set<string>();
  for (const part of parts) {
    for (const n of part.nodes) if (!nodes.has(n.key)) nodes.set(n.key, n);
    for (const e of part.edges) if (!edges.has(edgeId(e))) edges.set(edgeId(e), e);
    for (const t of part.truncated ?? []) truncated.add(t);
  }
  const merged: Subgraph = { nodes: [...nodes.values()], edges: [...edges.values()] };
  if (truncated.size > 0) merged.truncated = [...truncated].sort();
  return merged;
}

/**
 * The part of the graph the ranking walks. Every route path is at most two hops from the
 * debtor (own points; a relation's or an employer's points) except the co-obligor branch,
 * debtor → account → guarantor → point, which is three. So: the debtor's 2-hop neighbourhood,
 * plus each co-obligor's own 1-hop neighbourhood. The same paths as a full 3-hop neighbourhood,
 * without the colleagues-of-colleagues and neighbours-of-neighbours a 3-hop walk drags in
 * (ten times the rows on a realistic graph).
 */
export async function loadRouteGraph(
  store: GraphReads,
  debtorId: string,
  accountId: string,
): Promise<Subgraph> {
  const near = await store.neighbourhood(debtorId, 2);
  const accountKey = nodeKey('account', accountId);
  const coObligors = new Set<string>();
  for (const e of near.edges) {
    if (
      (e.type === 'GUARANTEES' || e.type === 'CO_BORROWS') &&
      e.to === accountKey &&
      e.from !== nodeKey('person', debtorId)
    )
      coObligors.add(parseNodeKey(e.from).id);
  }
  if (coObligors.size === 0) return near;
  const ids = [...coObligors].sort();
  const theirs = store.neighbourhoodsOf
    ? await store.neighbourhoodsOf(ids, near)
    : await Promise.all(ids.map((id) => store.neighbourhood(id, 1)));
  return mergeSubgraphs([near, ...theirs]);
}
