import {
  type Attempt,
  type ContactPoint,
  nodeKey,
  type Phone,
  type Subgraph,
} from '../model/index.js';
import { evidenceDate } from '../ranking/hop-reliability.js';
import { disprovedLinks, linkKey, stillDisproved } from '../ranking/link-disproval.js';
import { datedOutcomes } from '../ranking/outcome-history.js';
import { phoneAvailability } from '../ranking/phone-availability.js';
import type { DebtorAttempt, LostFacts } from './debtor-lost.js';

/** One of the debtor's own phones or emails, with its newest evidence and the phone node. */
interface OwnPoint {
  contact: ContactPoint;
  lastSeen?: string;
  phone?: Phone;
}

/** The debtor's own phones and emails in a subgraph (HAS_PHONE / HAS_EMAIL from the debtor). */
export function ownPointsOf(subgraph: Subgraph, debtorId: string): OwnPoint[] {
  const from = nodeKey('person', debtorId);
  const points = new Map<string, OwnPoint>();
  for (const e of subgraph.edges) {
    if (e.from !== from || (e.type !== 'HAS_PHONE' && e.type !== 'HAS_EMAIL')) continue;
    const kind = e.type === 'HAS_PHONE' ? 'phone' : 'email';
    const value = e.to.slice(kind.length + 1);
    const seen = evidenceDate(e.props);
    const known = points.get(e.to);
    if (!known) {
      const node = subgraph.nodes.find((n) => n.key === e.to);
      const point: OwnPoint = { contact: { kind, value } };
      if (seen !== undefined) point.lastSeen = seen;
      if (node?.kind === 'phone') point.phone = node.data;
      points.set(e.to, point);
    } else if (seen !== undefined && (known.lastSeen === undefined || seen > known.lastSeen)) {
      known.lastSeen = seen;
    }
  }
  return [...points.values()];
}

function same(a: ContactPoint, b: ContactPoint): boolean {
  return a.kind === b.kind && a.value === b.value;
}

/**
 * Attempts meant for the debtor on any of `accountIds` (the accounts they owe): naming the debtor,
 * or naming nobody on one of the debtor's own points. The debtor is lost or not as a person,
 * whichever of their accounts is worked: the guideline speaks of the debtor, and three failed calls
 * about one loan tell as much about reaching them as three about another.
 */
export function attemptsToDebtor(
  attempts: readonly Attempt[],
  accountIds: readonly string[],
  debtorId: string,
  own: readonly ContactPoint[],
): Attempt[] {
  const accounts = new Set(accountIds);
  return attempts.filter(
    (a) =>
      accounts.has(a.accountId) &&
      (a.personId === debtorId ||
        (a.personId === undefined && own.some((c) => same(c, a.contact)))),
  );
}

/** Whether the subgraph marks the debtor deceased: their own phones and emails then reach nobody owing. */
function deceased(subgraph: Subgraph, debtorId: string): boolean {
  const key = nodeKey('person', debtorId);
  const node = subgraph.nodes.find((n) => n.key === key);
  return node?.kind === 'person' && node.data.flags.deceased;
}

/**
 * The facts the lost test reads, from the debtor's subgraph and the attempts: how many own
 * phones and emails are still worth trying (not invalid, not suspended, not disproved by a
 * wrong-party or someone-else answer; none of a deceased debtor's), when the last one was ruled
 * out, and the attempts to the debtor on the accounts they owe (`accountIds`).
 */
export function lostFactsOf(
  subgraph: Subgraph,
  debtorId: string,
  accountIds: readonly string[],
  attempts: readonly Attempt[],
  at: Date,
): LostFacts {
  const own = deceased(subgraph, debtorId) ? [] : ownPointsOf(subgraph, debtorId);
  const disproved = disprovedLinks(attempts, debtorId, at);
  let left = 0;
  let lastLostMs: number | undefined;
  const ruledOut = (when: string | undefined) => {
    const ms = when === undefined ? Number.NaN : Date.parse(when);
    if (!Number.isNaN(ms)) lastLostMs = lastLostMs === undefined ? ms : Math.max(lastLostMs, ms);
  };
  for (const p of own) {
    const d = disproved.get(linkKey(p.contact, debtorId));
    if (d && stillDisproved(d, p.lastSeen)) {
      ruledOut(d.at);
      continue;
    }
    if (p.phone) {
      const onPoint = attempts.filter((a) => same(a.contact, p.contact));
      const availability = phoneAvailability(p.phone, datedOutcomes(onPoint, at), at);
      if (availability.state === 'excluded') {
        ruledOut(availability.since ?? p.phone.statusAt);
        continue;
      }
    }
    left++;
  }
  const toDebtor: DebtorAttempt[] = attemptsToDebtor(
    attempts,
    accountIds,
    debtorId,
    own.map((p) => p.contact),
  ).map((a) => (a.outcome === undefined ? { at: a.at } : { at: a.at, outcome: a.outcome }));
  const facts: LostFacts = { attempts: toDebtor, ownRoutesLeft: left };
  if (left === 0 && lastLostMs !== undefined)
    facts.lastOwnRouteLostAt = new Date(lastLostMs).toISOString();
  return facts;
}
