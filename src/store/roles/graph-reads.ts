import type { Subgraph } from '../../domain/model/index.js';
import type { GraphLookups } from './graph-lookups.js';
import type { GuardReads } from './guard-reads.js';
import type { SharingReads } from './sharing-reads.js';

export type { Holder, SharedIdentifier, SharingReads } from './sharing-reads.js';

/** Node and relationship counts, for health pages and re-import checks. */
export interface GraphCounts {
  nodes: Record<string, number>;
  edges: Record<string, number>;
}

/**
 * Reading the contact graph: look-ups of persons, accounts and phones (GraphLookups),
 * neighbourhoods, the reads of shared contact points (SharingReads) and the guard's reads of a
 * person (GuardReads).
 */
export interface GraphReads extends GraphLookups, GuardReads, SharingReads {
  /**
   * The person's neighbourhood up to `depth` (1..3) hops, as a plain subgraph (attempts excluded);
   * an unknown person gives an empty subgraph; a depth outside 1..3 is a RangeError.
   */
  neighbourhood(personId: string, depth: number): Promise<Subgraph>;
  /**
   * Optional batch of `neighbourhood(id, 1)`: each person's 1-hop neighbourhood, the same answer,
   * in the order given, in fewer round-trips (the recipients of a routes answer's previews).
   * `known` is a subgraph the caller read just before (a routes answer's route graph): an adapter
   * may take the data of nodes in it from there instead of reading them again.
   */
  neighbourhoodsOf?(personIds: string[], known?: Subgraph): Promise<Subgraph[]>;

  counts(): Promise<GraphCounts>;
}
