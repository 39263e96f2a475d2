import type {
  Account,
  Address,
  Attempt,
  AuditFilter,
  AuditRecord,
  ContactPoint,
  DispatchRecord,
  DispatchStatus,
  EmailLink,
  Employer,
  Employment,
  Obligation,
  Outcome,
  OutreachReceipt,
  Person,
  PersonFlags,
  Phone,
  PhoneLink,
  PhoneStatus,
  Relation,
  Residence,
  Subgraph,
} from '../domain/model/index.js';

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

/** Which attempts to list: any combination, always within [from, to). */
export interface AttemptFilter {
  accountId?: string;
  personId?: string;
  contact?: ContactPoint;
  from?: string;
  to?: string;
  limit?: number;
}

/** Node and relationship counts, for health pages and re-import checks. */
export interface GraphCounts {
  nodes: Record<string, number>;
  edges: Record<string, number>;
}

/**
 * The one port between use cases and a database. Every upsert is idempotent:
 * writing the same rows twice leaves the same nodes and relationships.
 */
export interface GraphStore {
  readonly name: string;

  /** Stop flags are sticky: an upsert may raise a flag but never lifts one (only setPersonFlags does); opt-outs accumulate. */
  upsertPersons(rows: Person[]): Promise<void>;
  upsertAccounts(rows: Account[]): Promise<void>;
  upsertEmployers(rows: Employer[]): Promise<void>;
  upsertAddresses(rows: Address[]): Promise<void>;
  /** Creates the phone node if new (keeping a known status unless the row sets one) and the HAS_PHONE edge. */
  upsertPhoneLinks(rows: PhoneLink[]): Promise<void>;
  upsertEmailLinks(rows: EmailLink[]): Promise<void>;
  upsertResidences(rows: Residence[]): Promise<void>;
  upsertEmployments(rows: Employment[]): Promise<void>;
  upsertRelations(rows: Relation[]): Promise<void>;
  upsertObligations(rows: Obligation[]): Promise<void>;
  /** Records attempts; an attempt id already stored is left as it is. */
  recordAttempts(rows: Attempt[]): Promise<void>;

  getPerson(id: string): Promise<Person | undefined>;
  getAccount(id: string): Promise<Account | undefined>;
  getPhone(e164: string): Promise<Phone | undefined>;
  getAttempt(id: string): Promise<Attempt | undefined>;
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
  /** Who else holds this phone, email or address. */
  sharedIdentifiers(contact: ContactPoint): Promise<SharedIdentifier>;
  /**
   * Optional batch look-up for route ranking: for each contact point, the ids of the persons
   * holding it who owe, guarantee or co-borrow an account (one round-trip for many points).
   * Use cases fall back to `sharedIdentifiers` per point when an adapter lacks it.
   */
  debtorsHolding?(
    contacts: ContactPoint[],
  ): Promise<{ contact: ContactPoint; debtorIds: string[] }[]>;

  listAttempts(filter: AttemptFilter): Promise<Attempt[]>;
  /** Sets the outcome (and the collector's note, when given and the adapter stores notes); undefined for an unknown attempt. */
  setAttemptOutcome(
    id: string,
    outcome: Outcome,
    at: string,
    note?: string,
  ): Promise<Attempt | undefined>;
  setPhoneStatus(e164: string, status: PhoneStatus, at: string): Promise<void>;
  setPersonFlags(id: string, patch: Partial<PersonFlags>): Promise<void>;

  /** Takes a write lock on the account for the rest of the transaction (frequency caps on a cluster). */
  lockAccount(accountId: string): Promise<void>;

  appendAudit(record: AuditRecord): Promise<void>;
  listAudit(filter: AuditFilter): Promise<AuditRecord[]>;

  getReceipt(idempotencyKey: string): Promise<OutreachReceipt | undefined>;
  /** Stores a receipt; returns false if one already exists for the key. */
  putReceipt(receipt: OutreachReceipt): Promise<boolean>;

  enqueueDispatch(record: DispatchRecord): Promise<void>;
  updateDispatch(
    id: string,
    patch: { status: DispatchStatus; tries?: number; lastError?: string; updatedAt: string },
  ): Promise<void>;
  listOutbox(filter: { status?: DispatchStatus; limit?: number }): Promise<DispatchRecord[]>;

  counts(): Promise<GraphCounts>;
  /** Resolves when the database answers; rejects with StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  /**
   * Runs `fn` in one write transaction; everything it does through `tx` commits or rolls back together.
   * Transactions on one store are serialised, so a check-then-record inside one cannot race.
   */
  transaction<T>(fn: (tx: GraphStore) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
