import {
  type AccountRole,
  accountRoleList,
  type ContactPoint,
  type EdgeType,
  type Evidence,
  nodeKey,
  type Subgraph,
} from '../domain/model/index.js';
import type { Holder } from './graph-store.js';

/*
 * What every GraphStore adapter does alike, so the embedded and the Neo4j store answer the
 * contract suite the same way: limits, hub caps, time and contact-point conversion, evidence.
 */

/** The deepest neighbourhood the port allows. */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;

/**
 * How far one hub may fan out in a neighbourhood. A phone, address or employer shared by
 * hundreds of people would otherwise pull all of them (and, a hop later, all of theirs) into
 * one answer: slow, and useless to a collector. Each expanded node contributes at most
 * `fanOutCap` relationships per direction, the most recently seen first; the start person at
 * most `rootFanOutCap`. Every node that was cut is listed in `Subgraph.truncated`.
 */
export interface FanOutOptions {
  /** Relationships per direction taken from any node other than the start person (default 25). */
  fanOutCap?: number;
  /** Relationships per direction taken from the start person (default 500). */
  rootFanOutCap?: number;
}

const DEFAULT_FAN_OUT_CAP = 25;
const DEFAULT_ROOT_FAN_OUT_CAP = 500;

/**
 * The hub caps of a neighbourhood walk of `depth` hops; a depth outside 1..3 is a RangeError.
 * @example const { fanOutCap, rootCap } = neighbourhoodCaps(2, { fanOutCap: 10 });
 */
export function neighbourhoodCaps(
  depth: number,
  options: FanOutOptions,
): { fanOutCap: number; rootCap: number } {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBOURHOOD_DEPTH) {
    throw new RangeError(
      `neighbourhood depth must be an integer from 1 to ${MAX_NEIGHBOURHOOD_DEPTH}`,
    );
  }
  return {
    fanOutCap: Math.max(1, options.fanOutCap ?? DEFAULT_FAN_OUT_CAP),
    rootCap: Math.max(1, options.rootFanOutCap ?? DEFAULT_ROOT_FAN_OUT_CAP),
  };
}

/**
 * The 1-hop neighbourhood inside a deeper one of the same person: every walk expands the start
 * person first, with the same cap whatever the depth, so its first hop is exactly what
 * `neighbourhood(personId, 1)` answers (the same nodes and relationships in the same order).
 * Undefined when the start person was cut (a later hop may have brought more of its
 * relationships back through their other ends) or is not in the subgraph.
 * @example firstHop(await store.neighbourhood('D1', 2), 'D1') // as store.neighbourhood('D1', 1)
 */
export function firstHop(deeper: Subgraph, personId: string): Subgraph | undefined {
  const root = nodeKey('person', personId);
  if (deeper.truncated?.includes(root) || deeper.nodes[0]?.key !== root) return undefined;
  const edges = deeper.edges.filter((e) => e.from === root || e.to === root);
  const keys = new Set<string>([root]);
  for (const e of edges) keys.add(e.from === root ? e.to : e.from);
  return { nodes: deeper.nodes.filter((n) => keys.has(n.key)), edges };
}

export const DEFAULT_FIND_LIMIT = 20;
export const DEFAULT_AUDIT_LIMIT = 100;
export const MAX_LIST_LIMIT = 10_000;

/**
 * A limit clamped to [1, MAX_LIST_LIMIT]; `fallback` when none is given.
 * @example clampLimit(query.limit, DEFAULT_FIND_LIMIT)
 */
export function clampLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(MAX_LIST_LIMIT, Math.max(1, Math.floor(limit)));
}

/**
 * Epoch milliseconds of an ISO-8601 time; a clear error, not NaN in an index, for anything else.
 * @example epochMs(filter.from, 'window start')
 */
export function epochMs(iso: string, what: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not an ISO-8601 date`);
  return ms;
}

/**
 * The value a contact point is stored under (emails are kept lower-case).
 * @example contactValue({ kind: 'email', value: 'Ana@X.org' }) // 'ana@x.org'
 */
export function contactValue(contact: ContactPoint): string {
  return contact.kind === 'email' ? contact.value.toLowerCase() : contact.value;
}

/**
 * A relationship's evidence as statement parameters (absent values as null).
 * @example { personId: r.personId, addressId: r.addressId, ...evidenceParams(r) }
 */
export function evidenceParams(e: Evidence): {
  source: string;
  firstSeen: string | null;
  lastSeen: string | null;
  confidence: number | null;
} {
  return {
    source: e.source,
    firstSeen: e.firstSeen ?? null,
    lastSeen: e.lastSeen ?? null,
    confidence: e.confidence ?? null,
  };
}

/** Every relationship type of the graph. */
export const EDGE_TYPES: readonly EdgeType[] = [
  'OWES',
  'GUARANTEES',
  'CO_BORROWS',
  'HAS_PHONE',
  'HAS_EMAIL',
  'LIVED_AT',
  'WORKS_AT',
  'LOCATED_AT',
  'KNOWS',
];

/** The role in an account that each obligation relationship stands for. */
export const ROLE_OF_EDGE: Readonly<Record<string, AccountRole>> = {
  OWES: 'debtor',
  GUARANTEES: 'guarantor',
  CO_BORROWS: 'co_borrower',
};

/** The account roles that obligation relationship types stand for, once each in AccountRole's order. */
export function rolesOfEdgeTypes(types: Iterable<string>): AccountRole[] {
  const roles: AccountRole[] = [];
  for (const type of types) {
    const role = ROLE_OF_EDGE[type];
    if (role !== undefined) roles.push(role);
  }
  return accountRoleList(roles);
}

/**
 * The order of a shared identifier's holders: most recently seen first, then by kind and id.
 * @example holders.sort(byHolderOrder)
 */
export function byHolderOrder(a: Holder, b: Holder): number {
  return (
    (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') ||
    a.kind.localeCompare(b.kind) ||
    a.id.localeCompare(b.id)
  );
}

/** Splits rows into consecutive batches of at most `size`. */
export function batchesOf<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
