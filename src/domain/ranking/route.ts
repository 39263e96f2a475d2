import type {
  Account,
  Attempt,
  Channel,
  CodedMessage,
  ContactPoint,
  EdgeType,
  RelationKind,
  Subgraph,
} from '../model/index.js';
import type { Reliabilities } from './reliabilities.js';

/** Who is expected to answer: the debtor (`self`), a co-obligor, a person by relation, the employer, or the attorney. */
export type RecipientRelation = 'self' | 'guarantor' | 'co_borrower' | 'employer' | RelationKind;

/** The person a route is meant to reach; `name` is set when the recipient is not a person in the graph (an attorney on file). */
export interface Recipient {
  personId: string;
  relation: RecipientRelation;
  name?: string;
  /** For `employer` routes: the employer whose switchboard is called. */
  employerId?: string;
}

/** One hop of an evidence path, in walking order from the debtor towards the contact point. */
export interface Hop {
  /** The relationship type; `REPRESENTED_BY` is the attorney named on the debtor's flags. */
  type: EdgeType | 'REPRESENTED_BY';
  from: string;
  to: string;
  source: string;
  lastSeen?: string;
  confidence?: number;
  /** KNOWS kind or obligation role, when the hop has one. */
  kind?: string;
  /** This hop's reliability after source, confidence and recency (0..1). */
  reliability: number;
}

/** An evidence path: the hops from the debtor to the contact point. */
export type EvidencePath = Hop[];

/** Warnings attached to a route. */
export interface RouteFlags {
  /** How many debtors unrelated to this debtor hold the same point. */
  shared?: number;
  /** The line was suspended; the cool-down ended at this time (it is back in the list). */
  suspendedUntil?: string;
  /** The newest evidence for the point is older than the stale threshold. */
  stale?: boolean;
  /** How many unrelated debtors' calls this number answered as a wrong party (a broker's or recycled line). */
  wrongPartyFor?: number;
  /**
   * Failed calls to the debtor's known numbers since this own number's newest evidence: the doubt
   * that the debtor moved on to a number the file does not hold lowered its score (moved-on.ts).
   */
  movedOnDoubt?: number;
}

/**
 * A reason for the message catalogue (src/messages): a stable code and the names, figures, days
 * and nested reasons its words are made of, so each reader gets it in their own language.
 */
export type Reason = CodedMessage<ReasonParams>;

/** A reason's arguments: names and ids, counts, ISO days and times (`…At`, `…Date`), terms, nested reasons. */
export type ReasonParams = {
  readonly [name: string]: string | number | readonly string[] | readonly Reason[];
};

/** One ranked way to reach the debtor or learn where they are. */
export interface RankedRoute {
  rank: number;
  contact: ContactPoint;
  recipient: Recipient;
  /** Estimate (0..1) of reaching the borrower, or someone who can say where they are. */
  score: number;
  /** `consumer`: the debtor, a co-obligor or someone the policy treats as the consumer; `workplace`; `third_party`: location only. */
  tier: RouteTier;
  paths: EvidencePath[];
  reasons: Reason[];
  flags: RouteFlags;
}

/** The group a route is ordered in: the consumer and co-obligors, the workplace, third parties. */
export type RouteTier = 'consumer' | 'workplace' | 'third_party';

/** A contact point left out of the ranking, with the reason as a code and in words (and until when, if it comes back). */
export interface ExcludedContact {
  contact: ContactPoint;
  /** Stable reason code (number_invalid, line_suspended, wrong_party, someone_else_holds, …) for the message catalogue. */
  code: string;
  /** The figures the reason's words are made of (dates, attempt id, person id). */
  params: Record<string, string | number | readonly string[]>;
  reason: string;
  until?: string;
}

/** Debtors unrelated to this debtor who hold the same contact point. */
export interface SharingEntry {
  contact: ContactPoint;
  unrelatedDebtorIds: readonly string[];
}

/** Everything the ranking needs; it reads nothing else (no clock, no store). */
export interface RankingInput {
  subgraph: Subgraph;
  debtorId: string;
  account: Account;
  at: Date;
  /** Attempts with outcomes on this debtor's contact points (any account); later than `at` are ignored. */
  attempts: readonly Attempt[];
  /** Per contact point, the unrelated debtors holding it; a point not listed counts as unshared. */
  sharing: readonly SharingEntry[];
  /** Per contact point, the other debtors whose calls it answered as a wrong party. */
  wrongPartyElsewhere?: readonly { contact: ContactPoint; debtorIds: readonly string[] }[];
  /**
   * True when the policy lets third parties be contacted now (the debtor is lost, or the policy
   * needs no such state): routes are then ordered by expected value across tiers.
   */
  thirdPartiesAllowed?: boolean;
  /** Relation kinds treated as the consumer; defaults to spouse, executor, attorney. */
  consumerRelations?: readonly RelationKind[];
  /** The reliabilities in force: a portfolio's calibration, else the documented defaults. */
  reliabilities?: Reliabilities;
  /** Only routes usable on this channel. */
  channel?: Channel;
  /** Attempts whose promise to pay was broken by `at`: they count as a conversation, not a commitment. */
  brokenPromises?: readonly string[];
  /** Return only the first `limit` routes (the rest are ordered but not explained). */
  limit?: number;
}

/** The ranked routes, the points left out and why, and notes about the debtor as a whole. */
export interface RankingResult {
  routes: RankedRoute[];
  excluded: ExcludedContact[];
  notes: Reason[];
}
