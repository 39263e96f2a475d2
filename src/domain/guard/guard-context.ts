import type { LostFacts } from '../lost/debtor-lost.js';
import type { Account, Address, Attempt, Channel, ContactPoint, Person } from '../model/index.js';
import type { RecipientRelation } from '../policy/policy-schema.js';

/** What the guard is asked about one contact: which account, which channel, to what, saying what. */
export interface GuardRequest {
  accountId: string;
  channel: Channel;
  contact: ContactPoint;
  /** Who the caller means to reach; the graph decides who actually holds the contact point. */
  recipientPersonId?: string;
  message?: string;
  /** For a visit (外访): who goes, and whether the visit is recorded. */
  visit?: VisitPlan;
}

/** A planned on-site visit: the collectors going and whether it is recorded. */
export interface VisitPlan {
  collectors: readonly string[];
  recorded: boolean;
}

/** The person (if any) the contact point reaches, and how they stand to the debtor. */
export interface RecipientFacts {
  /** The person the graph says holds the contact point (or the named recipient, when the graph agrees). */
  person?: Person;
  /**
   * Every way the recipient stands to the debtor: ['self'], ['guarantor'], ['spouse', 'reference'],
   * ['employer'] for a workplace line, ['unknown'] when the graph does not know the holder.
   */
  relations: readonly RecipientRelation[];
  /** The recipient's current address (open-ended residence), for the time window. */
  currentAddress?: Address;
  /** Sources of the evidence linking the recipient to the debtor (KNOWS edges: application, address_book …). */
  relationSources?: readonly string[];
  /** Sources of the evidence that the recipient holds the contact point (HAS_PHONE / HAS_EMAIL). */
  contactSources?: readonly string[];
  /**
   * True when nobody else may answer: the person named in the request holds the contact point, or
   * the graph knows no other holder. The attempt is then recorded as made to this person.
   */
  sole?: boolean;
}

/** What the store knows about the contact point itself. */
export interface ContactFacts {
  point: ContactPoint;
  /** Phone metadata: country (ISO 3166) and line type, when the contact point is a phone. */
  phone?: { e164: string; country?: string; type?: string };
  /** The address itself, when the contact point is an address (visits, letters). */
  address?: Address;
  /** True when an employer holds the contact point (a workplace line or address). */
  workplace: boolean;
}

/** Everything `decide` needs to know, loaded by the caller; `decide` itself never reads a store. */
export interface GuardContext {
  account: Account;
  debtor: Person;
  /** Ids of every account the debtor owes (for `scope: debtor` caps). */
  debtorAccountIds: readonly string[];
  /** The debtor's own phones and emails: attempts to them count as attempts to reach the debtor. */
  debtorContacts?: readonly ContactPoint[];
  /** The debtor's current address: it adds its state and city to the account's jurisdiction. */
  debtorAddress?: Address;
  recipient: RecipientFacts;
  contact: ContactFacts;
  /** What the lost test reads (attempts to the debtor on the account, own routes left), when loaded. */
  debtorLost?: LostFacts;
  /**
   * Recorded attempts the rules may count: every attempt on the account, plus those on the debtor's
   * other accounts, to the same contact point and to the same recipient in the policies' windows.
   */
  history: readonly Attempt[];
}
