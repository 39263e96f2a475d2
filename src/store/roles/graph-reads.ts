import type { Account, Person, Phone, Subgraph } from '../../domain/model/index.js';
import type { GuardReads } from './guard-reads.js';
import type { SharingReads } from './sharing-reads.js';

export type { Holder, SharedIdentifier, SharingReads } from './sharing-reads.js';

/** Node and relationship counts, for health pages and re-import checks. */
export interface GraphCounts {
  nodes: Record<string, number>;
  edges: Record<string, number>;
}

/**
 * Reading the contact graph: persons, accounts, phones, neighbourhoods, and the reads of shared
 * contact points (SharingReads) and the guard's reads of a person (GuardReads).
 */
export interface GraphReads extends GuardReads, SharingReads {
  getPerson(id: string): Promise<Person | undefined>;
  getAccount(id: string): Promise<Account | undefined>;
  getPhone(e164: string): Promise<Phone | undefined>;
  /** Accounts the person owes, guarantees or co-borrows. */
  accountsOf(
    personId: string,
  ): Promise<{ account: Account; role: 'debtor' | 'guarantor' | 'co_borrower' }[]>;
  /** Persons whose id or name contains the text, or who hold the phone; at most `limit`. */
  findPersons(query: { text?: string; phone?: string; limit?: number }): Promise<Person[]>;

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
