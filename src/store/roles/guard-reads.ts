import type {
  Account,
  AccountRole,
  GraphEdge,
  Person,
  Subgraph,
} from '../../domain/model/index.js';

/** What a guard decision reads about one person, in one read (see GraphReads.personFacts). */
export interface PersonFacts {
  person: Person;
  /** The accounts the person owes, guarantees or co-borrows, as accountsOf gives them. */
  accounts: { account: Account; role: AccountRole }[];
  /**
   * The person's own relationships (HAS_PHONE, HAS_EMAIL, LIVED_AT and WORKS_AT from them), with
   * the person's node and the nodes they reach; one whose far end is not stored is left out.
   */
  own: Subgraph;
}

/** What a guard decision reads about the people it concerns, shaped for its rules. */
export interface GuardReads {
  /**
   * What a guard decision reads about a person (their own contact points, addresses and
   * employments with those nodes, their accounts), in one read
   * instead of a neighbourhood walk; undefined for a person the graph does not hold. Unlike
   * `neighbourhood`, nothing is cut at a hub cap: it reads only the person's own relationships.
   */
  personFacts(personId: string): Promise<PersonFacts | undefined>;
  /** The KNOWS relationships between two stored persons, either way (how a recipient stands to the debtor). */
  knowsBetween(personId: string, otherId: string): Promise<GraphEdge[]>;
}
