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
import type { Hop, Reason, Recipient, RouteFlags, RouteTier } from './route.js';

// Every reason is a catalogue code with the names, days and nested reasons it is made of
// (src/messages renders it in the reader's language); nothing here is worded.

const LINE_POINTS: Record<string, string> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'landline',
  FIXED_LINE_OR_MOBILE: 'phone',
  VOIP: 'voip',
  TOLL_FREE: 'toll_free',
};

/** Where a fact came from, and who said so when a collector learnt it from someone. */
function seen(hop: Pick<Hop, 'source' | 'lastSeen'>, dated = true): Reason {
  const [origin, teller] = splitSource(hop.source);
  const told: Reason[] = teller === undefined ? [] : [{ code: 'told_by', params: { teller } }];
  if (!dated) return { code: 'seen_from', params: { origin, told } };
  return hop.lastSeen
    ? { code: 'seen_on', params: { origin, told, lastSeenDate: isoDay(hop.lastSeen) } }
    : { code: 'seen_undated', params: { origin, told } };
}

function nameOf(index: GraphIndex, key: string): string {
  const node: GraphNode | undefined = index.node(key);
  if (node?.kind === 'person' || node?.kind === 'employer') return node.data.name;
  return parseNodeKey(key).id;
}

/** The kind of contact point, as a term: mobile, landline, email, current_address, former_address. */
export function contactPoint(
  index: GraphIndex,
  contact: ContactPoint,
  lastHop: Hop | undefined,
  at: Date,
): string {
  if (contact.kind === 'email') return 'email';
  if (contact.kind === 'address')
    return lastHop !== undefined && isFormerAddress(index, lastHop, at)
      ? 'former_address'
      : 'current_address';
  const node = index.node(nodeKey('phone', contact.value));
  return (node?.kind === 'phone' && LINE_POINTS[node.data.type]) || 'phone';
}

function isFormerAddress(index: GraphIndex, hop: Hop, at: Date): boolean {
  return index.out(hop.from, 'LIVED_AT').some((e) => e.to === hop.to && !isCurrent(e.props, at));
}

/** One hop as a reason, naming the people and the evidence behind it. */
function hopReason(index: GraphIndex, hop: Hop, at: Date): Reason | undefined {
  switch (hop.type) {
    case 'OWES':
      return undefined;
    case 'GUARANTEES':
    case 'CO_BORROWS':
      return {
        code: 'hop_obligor',
        params: {
          name: nameOf(index, hop.to),
          relation: hop.type === 'GUARANTEES' ? 'guarantor' : 'co_borrower',
          accountId: parseNodeKey(hop.from).id,
          seen: [seen(hop, false)],
        },
      };
    case 'KNOWS':
      return {
        code: 'hop_knows',
        params: { name: nameOf(index, hop.to), relation: hop.kind ?? 'unknown', seen: [seen(hop)] },
      };
    case 'WORKS_AT':
      return { code: 'hop_works_at', params: { name: nameOf(index, hop.to), seen: [seen(hop)] } };
    case 'REPRESENTED_BY':
      return { code: 'hop_attorney', params: { seen: [seen(hop, false)] } };
    case 'LIVED_AT': {
      const edge = index
        .out(hop.from, 'LIVED_AT')
        .find((e) => e.to === hop.to && e.props.source === hop.source);
      const name = nameOf(index, hop.from);
      return edge && !isCurrent(edge.props, at) && edge.props.to !== undefined
        ? {
            code: 'hop_lived_until',
            params: { name, untilDate: isoDay(edge.props.to), seen: [seen(hop)] },
          }
        : { code: 'hop_lives', params: { name, seen: [seen(hop)] } };
    }
    case 'HAS_PHONE':
    case 'HAS_EMAIL':
      return {
        code: parseNodeKey(hop.from).kind === 'employer' ? 'hop_switchboard' : 'hop_holds',
        params: { name: nameOf(index, hop.from), seen: [seen(hop)] },
      };
    default:
      return { code: 'hop_other', params: { type: hop.type, seen: [seen(hop)] } };
  }
}

/** An evidence path as one reason: "evidence: Li Wei is the debtor's reference (…); held by Li Wei (…)". */
export function pathReason(index: GraphIndex, hops: readonly Hop[], at: Date): Reason {
  return {
    code: 'route_evidence',
    params: {
      hops: hops.map((h) => hopReason(index, h, at)).filter((r): r is Reason => r !== undefined),
    },
  };
}

/** Who the route reaches ("debtor's own mobile", "mobile of Li Wei, the debtor's reference"), with the last conversation on it. */
export function headline(
  index: GraphIndex,
  contact: ContactPoint,
  recipient: Recipient,
  paths: readonly Hop[][],
  accountId: string,
  at: Date,
  confirmation: Reason | undefined,
): Reason {
  const best = paths[0] ?? [];
  const point = contactPoint(index, contact, best[best.length - 1], at);
  const then: Reason[] = confirmation ? [confirmation] : [];
  switch (recipient.relation) {
    case 'self':
      return { code: 'route_own', params: { point, then } };
    case 'guarantor':
    case 'co_borrower':
      return {
        code: 'route_co_obligor',
        params: {
          point,
          name: nameOf(index, nodeKey('person', recipient.personId)),
          relation: recipient.relation,
          accountId,
          then,
        },
      };
    case 'employer':
      return {
        code: 'route_employer',
        params: { name: nameOf(index, nodeKey('employer', recipient.employerId ?? '')), then },
      };
    default:
      return {
        code: 'route_person',
        params: {
          point,
          name: recipient.name ?? nameOf(index, nodeKey('person', recipient.personId)),
          relation: recipient.relation,
          then,
        },
      };
  }
}

/** The attempt history as reasons: the last conversation, and the failures since (or so far). */
export function historyReasons(outcomes: readonly DatedOutcome[]): {
  confirmation?: Reason;
  lines: Reason[];
} {
  let confirmation: Reason | undefined;
  let lastSuccessMs = Number.NEGATIVE_INFINITY;
  for (let i = outcomes.length - 1; i >= 0; i--) {
    const o = outcomes[i]!;
    if (CONVERSATION_OUTCOMES.includes(o.outcome)) {
      confirmation = {
        code: o.brokenPromise
          ? 'route_promise_broken'
          : o.outcome === 'promise_to_pay'
            ? 'route_promise_taken'
            : 'route_confirmed',
        params: { confirmedAt: o.at },
      };
      lastSuccessMs = o.atMs;
      break;
    }
  }
  const counts = new Map<string, { n: number; last: string }>();
  for (const o of outcomes)
    if (o.atMs > lastSuccessMs && !CONVERSATION_OUTCOMES.includes(o.outcome))
      counts.set(o.outcome, { n: (counts.get(o.outcome)?.n ?? 0) + 1, last: o.at });
  const attempts: Reason[] = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([outcome, { n, last }]) => ({
      code: 'route_attempt_count',
      params: { n, outcome, lastAt: last },
    }));
  const lines: Reason[] =
    attempts.length === 0
      ? []
      : [
          {
            code: confirmation ? 'route_since_then' : 'route_attempts_so_far',
            params: { attempts },
          },
        ];
  return confirmation !== undefined ? { confirmation, lines } : { lines };
}

/** The route's flags and tier duties as reasons. */
export function flagAndTierReasons(
  flags: RouteFlags,
  tier: RouteTier,
  newestAgeDays: number | undefined,
): Reason[] {
  const lines: Reason[] = [];
  if (flags.shared !== undefined)
    lines.push({ code: 'route_shared', params: { count: flags.shared } });
  if (flags.movedOnDoubt !== undefined)
    lines.push({ code: 'route_moved_on', params: { failed: flags.movedOnDoubt } });
  if (flags.suspendedUntil !== undefined)
    lines.push({
      code: 'route_suspended_retry',
      params: { days: SUSPENDED_COOL_DOWN_DAYS, endedAt: flags.suspendedUntil },
    });
  if (flags.stale)
    lines.push({
      code: 'route_stale',
      params: { days: Math.floor(newestAgeDays ?? 0), staleAfter: STALE_AFTER_DAYS },
    });
  if (tier === 'third_party') lines.push({ code: 'route_third_party_duty', params: {} });
  if (tier === 'workplace') lines.push({ code: 'route_workplace_duty', params: {} });
  return lines;
}
