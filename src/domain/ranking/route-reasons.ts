import {
  CONVERSATION_OUTCOMES,
  type ContactPoint,
  type GraphNode,
  nodeKey,
  parseNodeKey,
} from '../model/index.js';
import { isCurrent } from './evidence-paths.js';
import type { GraphIndex } from './graph-index.js';
import { splitSource } from './hop-reliability.js';
import type { DatedOutcome } from './outcome-history.js';
import { STALE_AFTER_DAYS, SUSPENDED_COOL_DOWN_DAYS } from './ranking-parameters.js';
import { isoDay } from './recency.js';
import type { Hop, Recipient, RouteFlags, RouteTier } from './route.js';

const SOURCE_WORDS: Record<string, string> = {
  application: 'from the loan application',
  bureau: 'from a credit bureau',
  collector_note: 'noted by a collector',
  inbound_call: 'the debtor called from it',
  right_party_contact: 'confirmed in a right-party contact',
  reference: 'reported by a reference',
  skip_trace: 'from skip tracing',
  public_record: 'from public records',
  social: 'from a social profile',
  contract: 'on the contract',
  account: 'on the account',
  person_flags: "on the debtor's file",
};

const LINE_WORDS: Record<string, string> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'landline',
  FIXED_LINE_OR_MOBILE: 'phone',
  VOIP: 'VoIP line',
  TOLL_FREE: 'toll-free line',
};

const OUTCOME_WORDS: Record<string, string> = {
  no_answer: 'no answer',
  busy: 'busy',
  invalid_number: 'invalid number',
  suspended: 'line suspended',
  wrong_party: 'wrong party',
  third_party: 'third party answered',
  right_party: 'right party reached',
  promise_to_pay: 'promise to pay',
  refused: 'refused to pay',
  cease_request: 'asked to stop contact',
};

const RELATION_WORDS: Record<string, string> = {
  co_borrower: 'co-borrower',
  neighbor: 'neighbour',
};

/** A relation kind in words ("co-borrower", "spouse"). */
export function relationWords(relation: string): string {
  return RELATION_WORDS[relation] ?? relation.replaceAll('_', ' ');
}

function sourceWords(source: string): string {
  const [kind, teller] = splitSource(source);
  const words = SOURCE_WORDS[kind] ?? `source "${kind}"`;
  return teller === undefined ? words : `${words} (${teller})`;
}

function nameOf(index: GraphIndex, key: string): string {
  const node: GraphNode | undefined = index.node(key);
  if (node?.kind === 'person' || node?.kind === 'employer') return node.data.name;
  return parseNodeKey(key).id;
}

/** The contact point in words: "mobile", "landline", "email", "current address". */
export function contactWords(
  index: GraphIndex,
  contact: ContactPoint,
  lastHop: Hop | undefined,
  at: Date,
): string {
  if (contact.kind === 'email') return 'email';
  if (contact.kind === 'address')
    return lastHop !== undefined && isFormerAddress(index, lastHop, at)
      ? 'former address'
      : 'current address';
  const node = index.node(nodeKey('phone', contact.value));
  return (node?.kind === 'phone' && LINE_WORDS[node.data.type]) || 'phone';
}

function isFormerAddress(index: GraphIndex, hop: Hop, at: Date): boolean {
  return index.out(hop.from, 'LIVED_AT').some((e) => e.to === hop.to && !isCurrent(e.props, at));
}

function seenWords(hop: Hop): string {
  return hop.lastSeen
    ? `${sourceWords(hop.source)}, last seen ${isoDay(hop.lastSeen)}`
    : `${sourceWords(hop.source)}, undated`;
}

/** One hop in words, naming the people and the evidence behind it. */
function hopWords(index: GraphIndex, hop: Hop, at: Date): string | undefined {
  switch (hop.type) {
    case 'OWES':
      return undefined;
    case 'GUARANTEES':
    case 'CO_BORROWS':
      return `${nameOf(index, hop.to)} is ${hop.type === 'GUARANTEES' ? 'guarantor' : 'co-borrower'} on account ${parseNodeKey(hop.from).id} (${sourceWords(hop.source)})`;
    case 'KNOWS':
      return `${nameOf(index, hop.to)} is the debtor's ${relationWords(hop.kind ?? 'contact')} (${seenWords(hop)})`;
    case 'WORKS_AT':
      return `the debtor works at ${nameOf(index, hop.to)} (${seenWords(hop)})`;
    case 'REPRESENTED_BY':
      return `attorney named ${sourceWords(hop.source)}`;
    case 'LIVED_AT': {
      const edge = index
        .out(hop.from, 'LIVED_AT')
        .find((e) => e.to === hop.to && e.props.source === hop.source);
      const until =
        edge && !isCurrent(edge.props, at) && edge.props.to !== undefined
          ? `lived there until ${isoDay(edge.props.to)}`
          : 'lives there';
      return `${nameOf(index, hop.from)} ${until} (${seenWords(hop)})`;
    }
    case 'HAS_PHONE':
    case 'HAS_EMAIL': {
      const holder =
        parseNodeKey(hop.from).kind === 'employer'
          ? `${nameOf(index, hop.from)}'s switchboard`
          : `held by ${nameOf(index, hop.from)}`;
      return `${holder} (${seenWords(hop)})`;
    }
    default:
      return `${hop.type} (${seenWords(hop)})`;
  }
}

/** An evidence path in words: "evidence: Li Wei is the debtor's reference (…); held by Li Wei (…)". */
export function pathWords(index: GraphIndex, hops: readonly Hop[], at: Date): string {
  return `evidence: ${hops
    .map((h) => hopWords(index, h, at))
    .filter((w): w is string => w !== undefined)
    .join('; ')}`;
}

/** Who the route reaches, in words: "debtor's own mobile", "mobile of Li Wei, the debtor's reference". */
export function headline(
  index: GraphIndex,
  contact: ContactPoint,
  recipient: Recipient,
  paths: readonly Hop[][],
  accountId: string,
  at: Date,
): string {
  const best = paths[0] ?? [];
  const what = contactWords(index, contact, best[best.length - 1], at);
  switch (recipient.relation) {
    case 'self':
      return `debtor's own ${what}`;
    case 'guarantor':
    case 'co_borrower':
      return `${what} of ${nameOf(index, nodeKey('person', recipient.personId))}, ${relationWords(recipient.relation)} on account ${accountId}`;
    case 'employer':
      return `switchboard of ${nameOf(index, nodeKey('employer', recipient.employerId ?? ''))}, the debtor's current employer`;
    default: {
      const name = recipient.name ?? nameOf(index, nodeKey('person', recipient.personId));
      return `${what} of ${name}, the debtor's ${relationWords(recipient.relation)}`;
    }
  }
}

/** The attempt history in words: the last conversation, and failures since. */
export function historyWords(outcomes: readonly DatedOutcome[]): {
  confirmation?: string;
  lines: string[];
} {
  const lines: string[] = [];
  let confirmation: string | undefined;
  let lastSuccessMs = Number.NEGATIVE_INFINITY;
  for (let i = outcomes.length - 1; i >= 0; i--) {
    const o = outcomes[i]!;
    if (CONVERSATION_OUTCOMES.includes(o.outcome)) {
      confirmation =
        o.outcome === 'promise_to_pay'
          ? `a promise to pay was taken on it on ${isoDay(o.at)}`
          : `confirmed by a right-party contact on ${isoDay(o.at)}`;
      lastSuccessMs = o.atMs;
      break;
    }
  }
  const since = outcomes.filter(
    (o) => o.atMs > lastSuccessMs && !CONVERSATION_OUTCOMES.includes(o.outcome),
  );
  const counts = new Map<string, { n: number; last: string }>();
  for (const o of since)
    counts.set(o.outcome, { n: (counts.get(o.outcome)?.n ?? 0) + 1, last: o.at });
  const parts = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([outcome, { n, last }]) =>
        `${n}× ${OUTCOME_WORDS[outcome] ?? outcome} (last ${isoDay(last)})`,
    );
  if (parts.length > 0)
    lines.push(`${confirmation ? 'since then' : 'attempts so far'}: ${parts.join(', ')}`);
  return confirmation !== undefined ? { confirmation, lines } : { lines };
}

/** The route's flags and tier duties in words. */
export function flagAndTierWords(
  flags: RouteFlags,
  tier: RouteTier,
  newestAgeDays: number | undefined,
): string[] {
  const lines: string[] = [];
  if (flags.shared !== undefined)
    lines.push(
      `shared with ${flags.shared} unrelated debtor${flags.shared === 1 ? '' : 's'}: may not be the debtor's; score discounted`,
    );
  if (flags.suspendedUntil !== undefined)
    lines.push(
      `line was suspended; its ${SUSPENDED_COOL_DOWN_DAYS}-day cool-down ended on ${isoDay(flags.suspendedUntil)}, so it is tried again at a discount`,
    );
  if (flags.stale)
    lines.push(
      `stale: newest evidence is ${Math.floor(newestAgeDays ?? 0)} days old (over ${STALE_AFTER_DAYS})`,
    );
  if (tier === 'third_party')
    lines.push('third party: ask only where the debtor can be reached; do not mention the debt');
  if (tier === 'workplace')
    lines.push('workplace: ask for the debtor by name only; say nothing about the debt');
  return lines;
}
