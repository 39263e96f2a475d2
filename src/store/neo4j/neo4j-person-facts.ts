import type { EdgeType, GraphEdge, GraphNode } from '../../domain/model/index.js';
import { nodeKey } from '../../domain/model/index.js';
import { ROLE_OF_EDGE } from '../port-rules.js';
import type { PersonFacts } from '../roles/guard-reads.js';
import type { CypherRecord } from './cypher-runner.js';
import {
  accountFromProps,
  edgePropsFromProps,
  graphNodeFromProps,
  type Props,
  personFromProps,
} from './neo4j-rows.js';
import { propsOf } from './neo4j-session.js';

/** One relationship of the person's own, as person-facts.cypher returns it. */
interface OwnItem {
  type: string;
  props: Props;
  labels: string[];
  node: Props;
}

/** One obligation: the account and the relationship's type. */
interface AccountItem {
  account: Props;
  relation: string;
}

/** Orders edges as the embedded store's primary key does: type, far end, source. */
function byEdgeKey(a: GraphEdge, b: GraphEdge): number {
  const x = `${a.type}\u0000${a.to}\u0000${a.props.source}`;
  const y = `${b.type}\u0000${b.to}\u0000${b.props.source}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The identity of an edge: one per (type, from, to, source). */
function edgeId(edge: GraphEdge): string {
  return `${edge.type}\u0000${edge.from}\u0000${edge.to}\u0000${edge.props.source}`;
}

/**
 * The record of person-facts.cypher as the port's PersonFacts; undefined when there is none (the
 * person is not stored). Far ends not stored yet are left out, as a neighbourhood walk does.
 */
export function personFactsFromRecord(record: CypherRecord | undefined): PersonFacts | undefined {
  const person = personFromProps(propsOf(record, 'person') ?? {});
  if (record === undefined || person === undefined) return undefined;
  const key = nodeKey('person', person.id);
  const nodes = new Map<string, GraphNode>([[key, { key, kind: 'person', data: person }]]);
  const edges = new Map<string, GraphEdge>();
  for (const item of (record.own as OwnItem[] | null) ?? []) {
    const node = graphNodeFromProps(item.labels, item.node);
    if (node === undefined) continue;
    if (!nodes.has(node.key)) nodes.set(node.key, node);
    const edge: GraphEdge = {
      type: item.type as EdgeType,
      from: key,
      to: node.key,
      props: edgePropsFromProps(item.props),
    };
    edges.set(edgeId(edge), edge);
  }
  const seen = new Set<string>();
  const accounts: (PersonFacts['accounts'][number] & { type: string })[] = [];
  for (const item of (record.accounts as AccountItem[] | null) ?? []) {
    const account = accountFromProps(item.account);
    const role = ROLE_OF_EDGE[item.relation];
    if (account === undefined || role === undefined) continue;
    // One entry per (account, role), however many sources attest it.
    if (seen.has(`${account.id}\u0000${role}`)) continue;
    seen.add(`${account.id}\u0000${role}`);
    accounts.push({ account, role, type: item.relation });
  }
  // As accountsOf orders them: by account id, then relationship type.
  accounts.sort((a, b) =>
    a.account.id < b.account.id ? -1 : a.account.id > b.account.id ? 1 : a.type < b.type ? -1 : 1,
  );
  return {
    person,
    accounts: accounts.map(({ account, role }) => ({ account, role })),
    own: { nodes: [...nodes.values()], edges: [...edges.values()].sort(byEdgeKey) },
  };
}

/** The records of knows-between.cypher as KNOWS edges between the two persons, each once. */
export function knowsFromRecords(
  records: readonly CypherRecord[],
  personId: string,
  otherId: string,
): GraphEdge[] {
  const a = nodeKey('person', personId);
  const b = nodeKey('person', otherId);
  const edges = new Map<string, GraphEdge>();
  for (const row of records) {
    const outgoing = row.outgoing === true;
    const edge: GraphEdge = {
      type: 'KNOWS',
      from: outgoing ? a : b,
      to: outgoing ? b : a,
      props: edgePropsFromProps(propsOf(row, 'props') ?? {}),
    };
    // A KNOWS from a person to themselves matches both ways round: keep it once.
    edges.set(edgeId(edge), edge);
  }
  return [...edges.values()];
}
