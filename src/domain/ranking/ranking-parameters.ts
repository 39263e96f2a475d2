/**
 * Every number the route ranking uses, in one place, each with the reason it has its value.
 *
 * How to tune: change a number here, run `npx vitest run test/ranking` (the scenario tests pin the
 * behaviour collectors rely on: which route must come before which), then look at a few real
 * debtors with `skipgraph routes DEBTOR_ID`. The numbers are judgement calls calibrated on
 * collection practice, not fitted; once enough outcomes are recorded, the Beta update below lets
 * each contact point's own history outweigh them.
 *
 * Vocabulary: a "hop" is one relationship on the way from the debtor to a contact point; its
 * reliability is the chance that this link still holds and leads where it claims. A "path" is
 * the chain of hops; its probability is the product of its hops.
 */
import type { ObligationRole, RelationKind } from '../model/index.js';

/** Reliability of the final hop by relationship: does this person (or employer) answer at this point? */
export const CONTACT_HOP_RELIABILITY = {
  /** A person's own phone: phones are personal, but numbers get dropped and recycled; 0.9 before source and age. */
  HAS_PHONE: 0.9,
  /**
   * An employer's switchboard: does the number still reach the employer? Companies keep their
   * numbers for years (the recency decay carries the rest). Whether the debtor is put through is
   * the put-through model's (PUT_THROUGH_RATE), and whether they still work there is WORKS_AT's:
   * at 0.8 ("the debtor must be put through") that doubt was counted a second time here.
   */
  EMPLOYER_PHONE: 0.95,
  /** Email is read late or not at all, and bounces silently: lower than a phone. */
  HAS_EMAIL: 0.6,
  /** A current address: letters arrive, but a visit finds the person home only part of the time. */
  CURRENT_ADDRESS: 0.7,
  /** An address the person has left (LIVED_AT with `to` before `at`): only a forwarding hint. */
  FORMER_ADDRESS: 0.15,
} as const;

/**
 * Reliability of the hop from the debtor to another person, by KNOWS kind: the chance that this
 * person answers and can say where the debtor is. Close family live with or near the debtor and
 * know their whereabouts; acquaintances given as references often barely know them.
 * The estate's executor and the debtor's attorney are the right party by law when they apply.
 */
export const RELATION_RELIABILITY: Record<RelationKind, number> = {
  spouse: 0.8,
  parent: 0.7,
  child: 0.6,
  sibling: 0.6,
  relative: 0.45,
  reference: 0.5,
  friend: 0.4,
  colleague: 0.35,
  landlord: 0.35,
  neighbor: 0.3,
  executor: 0.9,
  attorney: 0.95,
};

/** Reliability of the hop to a co-obligor: they are party to the debt and have a reason to answer. */
export const OBLIGATION_RELIABILITY: Record<ObligationRole, number> = {
  /** A co-borrower usually shares the household or business with the debtor. */
  co_borrower: 0.9,
  /** A guarantor signed for the debtor and is liable, but is less often close to them day to day. */
  guarantor: 0.85,
};

/**
 * The hop from the debtor to an employer (WORKS_AT) before its age: the employment on file was
 * right and the debtor can be asked for there. Leaving the job over time is the recency decay's
 * (HALF_LIFE_DAYS.WORKS_AT); the chance a call is put through is the put-through model's, as an
 * own number's answer rate is the live-line model's, so neither is counted here. At 0.6 ("at work
 * on weekdays, if put through") the switchboard of a current job ranked below old own numbers
 * that the history had not yet ruled out: in the skip-trace simulation, mean calls to the first
 * right-party contact fell 5.37 → 5.29 / 5.00 → 4.99 / 5.86 → 5.73 (dead-applications /
 * recycled-bureau / stale-file, seeds 1–3) with 0.85, EMPLOYER_PHONE 0.95 and no line-type factor
 * on switchboards. `skipgraph calibrate` fits it to the portfolio's workplace calls.
 */
export const EMPLOYMENT_RELIABILITY = 0.85;

/** Reliability of the attorney's phone named on the debtor's flags: recorded by us, from the attorney's letter. */
export const ATTORNEY_FLAG_RELIABILITY = 0.95;

/**
 * How much a fact is worth by where it came from. The debtor calling in from a number is proof
 * it works; a collector's note comes from a conversation; bureau data is aggregated and lags;
 * application data was true once, when the debtor wanted the loan; a number reported by a
 * reference is second-hand. Unknown sources get the lowest ordinary weight.
 */
export const SOURCE_RELIABILITY: Record<string, number> = {
  inbound_call: 0.95,
  right_party_contact: 0.95,
  contract: 1,
  account: 1,
  collector_note: 0.85,
  application: 0.8,
  bureau: 0.75,
  reference: 0.7,
  skip_trace: 0.6,
  public_record: 0.6,
  social: 0.5,
};

/** Weight of a source not listed above: treated like a skip-trace hit, neither trusted nor ignored. */
export const DEFAULT_SOURCE_RELIABILITY = 0.6;

/** Confidence to assume when a relationship states none: the source weight already expresses the doubt. */
export const DEFAULT_CONFIDENCE = 1;

/**
 * Recency: a hop's reliability decays with the age of its `lastSeen` (else `firstSeen`, else `from`)
 * as floor + (1 − floor) · 0.5^(age / half-life). Half-lives in days by relationship: phone
 * numbers churn fastest (people switch carriers and drop SIMs every year or two); emails and
 * addresses last longer; family ties hardly age.
 */
export const HALF_LIFE_DAYS = {
  /** The debtor's own phones: a borrower who stops paying often drops the number collectors know. */
  HAS_PHONE: 365,
  /**
   * Phones of the debtor's people (references, family, co-obligors): they have no reason to drop
   * a number, and in China a number is tied to bank, WeChat and ID accounts, so it lasts years.
   */
  OTHER_PERSON_PHONE: 1095,
  EMPLOYER_PHONE: 1095,
  HAS_EMAIL: 730,
  LIVED_AT: 540,
  WORKS_AT: 540,
  KNOWS: 1825,
  OBLIGATION: 3650,
} as const;

/** The decay never goes below this share: an old number still reaches someone now and then. */
export const RECENCY_FLOOR = 0.1;

/** Factor for an undated fact: we cannot tell if it is fresh, so it counts like a fact about a year old. */
export const UNDATED_FACTOR = 0.6;

/** A contact point whose newest evidence is older than this (days) is flagged `stale`. */
export const STALE_AFTER_DAYS = 730;

/**
 * Line type (libphonenumber-js) factor: a mobile is carried by its owner; a landline is answered
 * by whoever is home; VoIP numbers are often throwaway; pagers and premium lines reach nobody.
 * Not applied to an employer's switchboard: a company answers it, and the put-through model
 * weighs whether the debtor is reached there.
 */
export const LINE_TYPE_FACTOR: Record<string, number> = {
  MOBILE: 1,
  FIXED_LINE_OR_MOBILE: 0.95,
  FIXED_LINE: 0.85,
  PERSONAL_NUMBER: 0.85,
  VOIP: 0.7,
  UAN: 0.6,
  TOLL_FREE: 0.5,
  SHARED_COST: 0.5,
  PAGER: 0.2,
  PREMIUM_RATE: 0.2,
  UNKNOWN: 0.85,
};

/** Factor for a line type not listed above. */
export const DEFAULT_LINE_TYPE_FACTOR = 0.85;

/** Phone status factor: `active` was verified by the carrier or a call; `unknown` was never checked. */
export const PHONE_STATUS_FACTOR = { active: 1, unknown: 0.9 } as const;

/**
 * A suspended line (carrier-side suspension, usually unpaid bills) is not tried again until this
 * many days after its status date: most suspensions are lifted within a month or the number is
 * dropped for good; calling earlier only burns attempts.
 */
export const SUSPENDED_COOL_DOWN_DAYS = 30;

/** After its cool-down a once-suspended line competes again, but at this share: it may not come back. */
export const SUSPENDED_RETRY_FACTOR = 0.6;

/**
 * Sharing: a point held by debtors unrelated to this debtor (a broker's number, a fraud ring's
 * mailbox, a recycled number) is less likely to be the debtor's. Its prior is multiplied by
 * 1 / (1 + SHARED_DISCOUNT_PER_DEBTOR · n) for n unrelated debtors: 0.5 for one, 0.17 for five.
 * A number on two unrelated borrowers' files is far more often a loan intermediary's line (中介
 * write their own numbers into applications) than a coincidence, so one other holder halves it.
 * At 0.25 (0.8 for one) such lines stayed above untried own numbers: in the skip-trace
 * simulation the mean calls to the first right-party contact fell 5.29 → 5.27 / 4.99 → 4.95 /
 * 5.73 → 5.70 (dead-applications / recycled-bureau / stale-file, seeds 1–3) with 1; 3 gained
 * little more (5.26 / 4.95 / 5.66) and leaves a recycled number that is now the debtor's almost no chance.
 */
export const SHARED_DISCOUNT_PER_DEBTOR = 1;

/**
 * Attempt history (Beta posterior). The graph's estimate p is a prior worth PRIOR_STRENGTH
 * attempts: Beta(p·n, (1−p)·n). Each recorded outcome adds to `success` (reached the intended
 * party) or `failure`. Four pseudo-attempts means one right-party contact (worth two) lifts a
 * typical own mobile from about 0.4 to about 0.6, while a single no-answer barely moves it.
 */
export const PRIOR_STRENGTH = 4;

/**
 * What each outcome tells about the point. A right-party contact or a promise to pay proves the
 * point reaches the debtor, so each counts twice (a promise three times: a real conversation that
 * ended in a commitment). Refusals and cease
 * requests still reached the person. Wrong party and invalid number are strong evidence against;
 * no answer and busy are weak (people screen unknown callers; busy means the line is alive).
 */
export const OUTCOME_EVIDENCE: Record<string, { success: number; failure: number }> = {
  right_party: { success: 2, failure: 0 },
  promise_to_pay: { success: 3, failure: 0 },
  refused: { success: 1, failure: 0 },
  cease_request: { success: 0.5, failure: 0 },
  third_party: { success: 0, failure: 0.5 },
  wrong_party: { success: 0, failure: 2 },
  invalid_number: { success: 0, failure: 5 },
  suspended: { success: 0, failure: 1 },
  // Unanswered calls are weighed by the live-line model below, not here (they would count twice).
  no_answer: { success: 0, failure: 0 },
  busy: { success: 0, failure: 0 },
};

/**
 * A promise to pay that was broken is the history it is: the conversation happened, so the point
 * still reaches the debtor (as a right-party contact does), but the commitment adds nothing.
 */
export const BROKEN_PROMISE_EVIDENCE = OUTCOME_EVIDENCE.right_party!;

/**
 * Unanswered calls (the live-line model). A number is either live (its holder answers a call
 * with LIVE_ANSWER_RATE) or dead in a drawer (never answers). After a run of n unanswered calls
 * since the last answered one, Bayes turns the estimate q into q·m / (q·m + 1 − q) with
 * m = (1 − LIVE_ANSWER_RATE)^n: one no-answer on a 0.5 number leaves 0.38, three leave 0.18,
 * six 0.04. A Beta count per no-answer moved far too slowly: a lost borrower's old SIM kept
 * its place at the top for days (the skip-trace simulation, bench/RESULTS.md). A busy signal
 * counts half (the line is alive, its holder busy). 0.4: collectors reach a working number's
 * holder on roughly two calls in five; people screen unknown callers.
 */
export const LIVE_ANSWER_RATE = 0.4;

/**
 * The put-through model: a switchboard always answers, so an unanswered run says nothing there;
 * what it says is whether the debtor was put through. A workplace call answered by someone else
 * (`third_party`) counts in the run as an unanswered call does on a phone, with this rate in place
 * of LIVE_ANSWER_RATE: a receptionist puts a caller through to an employee who is still there
 * about two times in five (away from the desk, on leave, or collectors screened out). After three
 * such answers a 0.3 switchboard counts as 0.08: the debtor has most likely left that job. Before,
 * each counted as half a Beta failure, and the simulation's collectors kept calling the
 * switchboards of jobs the debtor had left (bench/RESULTS.md).
 */
export const PUT_THROUGH_RATE = 0.4;

/** Weight of a busy signal in the unanswered run (a no-answer counts 1). */
export const BUSY_RUN_WEIGHT = 0.5;

/** On a route meant for a third party, reaching that third party is the goal: it counts as a success. */
export const THIRD_PARTY_REACHED_ON_THIRD_PARTY_ROUTE = { success: 1, failure: 0 };

/** Outcomes age too: an outcome's weight halves every this many days (last year's no-answers say little). */
export const OUTCOME_HALF_LIFE_DAYS = 180;

/**
 * Numbers that answered `wrong_party` for this many unrelated debtors or more are flagged
 * (`wrongPartyFor`): two strangers on one line is a broker's or a recycled number, not chance.
 */
export const WRONG_PARTY_FLAG_DEBTORS = 2;

/** A flagged number's prior is divided by 1 + this · n for n debtors it answered wrong for. */
export const WRONG_PARTY_DISCOUNT_PER_DEBTOR = 1;

/**
 * Expected value per tier: routes are ordered by score × TIER_VALUE, so own routes and co-obligors
 * come first while their chance is comparable, and a route with a real chance is never buried
 * under own numbers the history has all but ruled out. Once the policy lets third parties be
 * contacted (the CN debtor is lost; US location calls need no such state) every tier competes; a
 * third party's route scores the chance to reach someone who can say where the debtor is, which
 * the graph underestimates (it stacks the relation's and the phone's doubts), so it counts in
 * full; ties still go to the debtor (tier order). The simulation (bench/RESULTS.md) chose 1 over
 * 0.5: at 0.5 references stayed buried and the collectors working without skipgraph reached more
 * debtors. Before third parties are allowed they come after the others (they would be denied),
 * and the debtor's own numbers and workplace compete by value. The workplace counts in full: its
 * score already holds the doubt that the debtor is put through (EMPLOYMENT_RELIABILITY, and the
 * put-through model); at 0.8 it stacked that doubt twice, and the simulation's collectors
 * re-dialled own numbers that had gone unanswered for days before the switchboard of a job the
 * debtor still held.
 */
export const TIER_VALUE = { consumer: 1, workplace: 1, third_party: 1 } as const;

/** The most routes one recipient may hold in the top list, so a collector sees more than one person's phones. */
export const MAX_ROUTES_PER_RECIPIENT = 2;

/** Default relation kinds treated as the consumer (contactable about the debt), unless the policy says otherwise. */
export const DEFAULT_CONSUMER_RELATIONS: readonly RelationKind[] = [
  'spouse',
  'executor',
  'attorney',
];

/** Scores are rounded to this many decimals before ordering, so float noise never reorders routes. */
export const SCORE_DECIMALS = 4;

/**
 * Calibration (`skipgraph calibrate`): the source, relation and employment reliabilities above and
 * a factor per age of a contact's evidence are fitted to the portfolio's recorded outcomes, each pulled
 * toward its documented value by a prior worth this many attempts. 20: a source seen on 20
 * decided calls moves halfway from its default to what those calls showed, so a young portfolio
 * (a handful of calls per source) keeps about the defaults and a large one speaks for itself.
 */
export const CALIBRATION_PRIOR_STRENGTH = 20;

/**
 * Age buckets (days since a contact's newest evidence) the calibration fits a factor for, on
 * top of the recency decay (HALF_LIFE_DAYS): a month, a quarter, half a year, a year, two years,
 * older. A factor per bucket rather than a fitted half-life, so one bucket's surprise cannot bend
 * the whole curve.
 */
export const AGE_BUCKET_START_DAYS = [0, 30, 90, 180, 365, 730] as const;

/** Rounds of the calibration's proportional fitting (each refits source, relation, then age); it settles well before. */
export const CALIBRATION_ROUNDS = 30;

/** Bounds a fitted reliability stays within: no source is proof, none is worthless. */
export const CALIBRATED_RELIABILITY_RANGE = [0.02, 1] as const;

/** Bounds of a fitted age factor: evidence may prove up to twice as good as its age suggests, or nearly worthless. */
export const AGE_FACTOR_RANGE = [0.05, 2] as const;

/** Buckets of the calibration's reliability table: predicted score in tenths. */
export const RELIABILITY_TABLE_BUCKETS = 10;

/**
 * Shared doubt on the debtor's own numbers ("moved on", moved-on.ts). Calls to one debtor's
 * numbers are not independent: a borrower who stops paying often drops every number the file
 * knows and takes a new one that only their people know (why the CN guideline lets a lost
 * debtor's contacts be asked for contact details). Prior that a debtor who is being skip-traced
 * has moved on in this sense: 0.5, an even chance; it counts only once calls to their numbers
 * fail, and a right-party contact ends it.
 */
export const MOVED_ON_PRIOR = 0.5;

/**
 * How much one failed call to another of the debtor's known numbers multiplies the odds that they
 * moved on. Unanswered (no answer, busy): had they kept that number, they would have picked up
 * with LIVE_ANSWER_RATE, so the silence is 1 / (1 − 0.4) = 1.67 times likelier if they moved on.
 * Gone (invalid, suspended, a wrong party or someone else on it): a number the debtor gave up is
 * the usual sign of a new one; 3, a judgement call: a debtor keeps one number and lets another
 * lapse often enough that one dead line is not proof. The number's own failures are weighed by
 * its own history, not here. With these, references and switchboards rise above numbers whose
 * siblings keep failing: in the simulation's stale-file world (seeds 4–6, 150 debtors each) the
 * mean calls to the first right-party contact fell from 5.99 to 5.83 with it.
 */
export const MOVED_ON_FAILURE_ODDS = { unanswered: 1.67, gone: 3 } as const;
