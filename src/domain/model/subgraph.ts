import type { Account } from './account.js';
import type { Address, Email, Employer, Phone } from './contact-points.js';
import type { Person } from './person.js';

export type NodeKind = 'person' | 'account' | 'phone' | 'email' | 'address' | 'employer';

/** A node of a plain subgraph; `key` is unique across kinds (`person:P1`, `phone:+8613…`). */
export type GraphNode =
  | { key: string; kind: 'person'; data: Person }
  | { key: string; kind: 'account'; data: Account }
  | { key: string; kind: 'phone'; data: Phone }
  | { key: string; kind: 'email'; data: Email }
  | { key: string; kind: 'address'; data: Address }
  | { key: string; kind: 'employer'; data: Employer };

export type EdgeType =
  | 'OWES'
  | 'GUARANTEES'
  | 'CO_BORROWS'
  | 'HAS_PHONE'
  | 'HAS_EMAIL'
  | 'LIVED_AT'
  | 'WORKS_AT'
  | 'LOCATED_AT'
  | 'KNOWS';

/** Properties an edge may carry: its evidence, a KNOWS kind, a validity period. */
export type EdgeProps = {
  source: string;
  firstSeen?: string;
  lastSeen?: string;
  confidence?: number;
  kind?: string;
  from?: string;
  to?: string;
};

/** A directed relationship between two node keys. One edge per (type, from, to, source). */
export interface GraphEdge {
  type: EdgeType;
  from: string;
  to: string;
  props: EdgeProps;
}

/** A plain subgraph: no driver types, no cycles of references, safe to serialise. */
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /**
   * Keys of nodes whose relationships were cut at the store's fan-out cap (a phone or address
   * shared by hundreds): their neighbourhood is shown only in part. Absent when nothing was cut.
   */
  truncated?: string[];
}

/** The key of a node of the given kind and id. */
export function nodeKey(kind: NodeKind, id: string): string {
  return `${kind}:${id}`;
}

/** Splits a node key into its kind and id. */
export function parseNodeKey(key: string): { kind: NodeKind; id: string } {
  const i = key.indexOf(':');
  return { kind: key.slice(0, i) as NodeKind, id: key.slice(i + 1) };
}
