import type {
  Account,
  ContactPoint,
  GraphEdge,
  Person,
  Phone,
  Subgraph,
} from '../../domain/model/index.js';

/** Who holds a shared contact point, and by what evidence. */
export interface Holder {
  kind: 'person' | 'employer';
  id: string;
  name: string;
  /** True when the person owes or co-owes at least one account. */
  isDebtor: boolean;
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

/** The ways a person stands to an account they owe, guarantee or co-borrow. */
export type ObligationRole = 'debtor' | 'guarantor' | 'co_borrower';

/** What a guard decision reads about one person, in one read (see GraphReads.personFacts). */
export interface PersonFacts {
  person: Person;
  /** The accounts the person owes, guarantees or co-borrows, as accountsOf gives them. */
  accounts: { account: Account; role: ObligationRole }[];
  /**
   * The person's own relationships (HAS_PHONE, HAS_EMAIL, LIVED_AT and WORKS_AT from them), with
   * the person's node and the nodes they reach; one whose far end is not stored is left out.
   */
  own: Subgraph;
}

/** Node and relationship counts, for health pages and re-import checks. */
export interface GraphCounts {
  nodes: Record<string, number>;
  edges: Record<string, number>;
}

/** Reading the contact graph: persons, accounts, phones, neighbourhoods and shared contact points. */
export interface GraphReads {
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
   * What a guard decision reads about a person (their own contact points, addresses and
   * employments with those nodes, their accounts), in one read
   * instead of a neighbourhood walk; undefined for a person the graph does not hold. Unlike
   * `neighbourhood`, nothing is cut at a hub cap: it reads only the person's own relationships.
   */
  personFacts(personId: string): Promise<PersonFacts | undefined>;
  /** The KNOWS relationships between two stored persons, either way (how a recipient stands to the debtor). */
  knowsBetween(personId: string, otherId: string): Promise<GraphEdge[]>;
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
