import type { AccountRole, ContactPoint, Phone, Subgraph } from '../../domain/model/index.js';
import type { GraphLookups } from './graph-lookups.js';
import type { GuardReads } from './guard-reads.js';

/** Who holds a shared contact point, and by what evidence. */
export interface Holder {
  kind: 'person' | 'employer';
  id: string;
  name: string;
  /** True when the person owes, guarantees or co-borrows at least one account (accountRoles is not empty). */
  isDebtor: boolean;
  /** The person's roles on accounts, once each in AccountRole's order; empty for an employer. */
  accountRoles: AccountRole[];
  source: string;
  lastSeen?: string;
}

/** Everyone linked to one phone, email or address. */
export interface SharedIdentifier {
  contact: ContactPoint;
  /** The phone node itself (status, line type) when the contact is a phone. */
  phone?: Phone;
  holders: Holder[];
}

/** Node and relationship counts, for health pages and re-import checks. */
export interface GraphCounts {
  nodes: Record<string, number>;
  edges: Record<string, number>;
}

/**
 * Reading the contact graph: look-ups of persons, accounts and phones (GraphLookups),
 * neighbourhoods and shared contact points, and the guard's reads of a person (GuardReads).
 */
export interface GraphReads extends GraphLookups, GuardReads {
  /**
   * The person's neighbourhood up to `depth` (1..3) hops, as a plain subgraph (attempts excluded);
   * an unknown person gives an empty subgraph; a depth outside 1..3 is a RangeError.
   */
  neighbourhood(personId: string, depth: number): Promise<Subgraph>;
  /** Who else holds this phone, email or address. */
  sharedIdentifiers(contact: ContactPoint): Promise<SharedIdentifier>;
  /**
   * Optional batch of `sharedIdentifiers`: the same answer for each point, in the order given,
   * in fewer round-trips (a routes answer previews ten routes, each reading its point's holders).
   */
  sharedIdentifiersOf?(contacts: ContactPoint[]): Promise<SharedIdentifier[]>;
  /**
   * Optional batch of `neighbourhood(id, 1)`: each person's 1-hop neighbourhood, the same answer,
   * in the order given, in fewer round-trips (the recipients of a routes answer's previews).
   * `known` is a subgraph the caller read just before (a routes answer's route graph): an adapter
   * may take the data of nodes in it from there instead of reading them again.
   */
  neighbourhoodsOf?(personIds: string[], known?: Subgraph): Promise<Subgraph[]>;
  /**
   * Optional batch look-up for route ranking: for each contact point, the ids of the persons
   * holding it who owe, guarantee or co-borrow an account (one round-trip for many points).
   * Use cases fall back to `sharedIdentifiers` per point when an adapter lacks it.
   */
  debtorsHolding?(
    contacts: ContactPoint[],
  ): Promise<{ contact: ContactPoint; debtorIds: string[] }[]>;

  counts(): Promise<GraphCounts>;
}
