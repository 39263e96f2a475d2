import type { GraphEdge, GraphNode, Subgraph } from '../domain/model/index.js';
import { nodeKey } from '../domain/model/index.js';
import { ROLE_OF_EDGE } from './port-rules.js';
import type { PersonFacts } from './roles/guard-reads.js';

/** The relationships out of a person that personFacts reads (KNOWS and obligations aside). */
const OWN_TYPES: ReadonlySet<string> = new Set(['HAS_EMAIL', 'HAS_PHONE', 'LIVED_AT', 'WORKS_AT']);

/** True when the subgraph holds the person's whole first hop: the person is in it and was not cut. */
function holdsFirstHop(hood: Subgraph, root: string): boolean {
  return !hood.truncated?.includes(root) && hood.nodes.some((n) => n.key === root);
}

/**
 * The person's facts as the part of their 1-hop neighbourhood they are (what
 * `GraphReads.personFacts` answers, read from a neighbourhood already in hand); undefined when the
 * person is not in it or their relationships were cut at the hub cap.
 * @example personFactsOf(await store.neighbourhood('D1', 1), 'D1')
 */
export function personFactsOf(hood: Subgraph, personId: string): PersonFacts | undefined {
  const root = nodeKey('person', personId);
  if (!holdsFirstHop(hood, root)) return undefined;
  const byKey = new Map<string, GraphNode>(hood.nodes.map((n) => [n.key, n]));
  const self = byKey.get(root);
  if (self?.kind !== 'person') return undefined;
  const nodes = new Map<string, GraphNode>([[root, self]]);
  const edges: GraphEdge[] = [];
  const accounts: (PersonFacts['accounts'][number] & { type: string })[] = [];
  const roles = new Set<string>();
  for (const e of hood.edges) {
    if (e.from !== root) continue;
    const far = byKey.get(e.to);
    if (far === undefined) continue;
    if (OWN_TYPES.has(e.type)) {
      nodes.set(far.key, far);
      edges.push(e);
      continue;
    }
    const role = ROLE_OF_EDGE[e.type];
    if (role === undefined || far.kind !== 'account') continue;
    // One entry per (account, role), however many sources attest it, as accountsOf.
    if (roles.has(`${far.data.id}\u0000${role}`)) continue;
    roles.add(`${far.data.id}\u0000${role}`);
    accounts.push({ account: far.data, role, type: e.type });
  }
  accounts.sort((a, b) =>
    a.account.id < b.account.id ? -1 : a.account.id > b.account.id ? 1 : a.type < b.type ? -1 : 1,
  );
  return {
    person: self.data,
    accounts: accounts.map(({ account, role }) => ({ account, role })),
    own: { nodes: [...nodes.values()], edges },
  };
}

/**
 * The KNOWS relationships between the person and another, from the person's 1-hop neighbourhood
 * (what `GraphReads.knowsBetween` answers); undefined when the person is not in it or was cut.
 * @example knowsBetweenOf(await store.neighbourhood('D1', 1), 'D1', 'S1')
 */
export function knowsBetweenOf(
  hood: Subgraph,
  personId: string,
  otherId: string,
): GraphEdge[] | undefined {
  const root = nodeKey('person', personId);
  if (!holdsFirstHop(hood, root)) return undefined;
  const other = nodeKey('person', otherId);
  return hood.edges.filter(
    (e) =>
      e.type === 'KNOWS' &&
      ((e.from === root && e.to === other) || (e.from === other && e.to === root)),
  );
}
