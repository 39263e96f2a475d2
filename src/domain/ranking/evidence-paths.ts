import {
  type ContactPoint,
  type GraphEdge,
  nodeKey,
  type ObligationRole,
  parseNodeKey,
  type RelationKind,
} from '../model/index.js';
import type { GraphIndex } from './graph-index.js';
import { evidenceDate, hopReliability } from './hop-reliability.js';
import {
  CONTACT_HOP_RELIABILITY,
  HALF_LIFE_DAYS,
  OBLIGATION_RELIABILITY,
} from './ranking-parameters.js';
import { ageInDays, isoDay } from './recency.js';
import { DEFAULT_RELIABILITIES, type Reliabilities } from './reliabilities.js';
import type { ExcludedContact, Hop, Recipient } from './route.js';

/** One way from the debtor to a contact point, and whom it is expected to reach. */
export interface PathCandidate {
  contact: ContactPoint;
  /** The contact point's node key (`phone:+86…`). */
  contactKey: string;
  recipient: Recipient;
  hops: Hop[];
  /** Product of the hops' reliabilities. */
  probability: number;
}

/** What the walk needs to know besides the graph. */
export interface WalkContext {
  debtorId: string;
  accountId: string;
  at: Date;
  /** The reliabilities in force (a calibration's, else the defaults). */
  rel?: Reliabilities;
}

/** Whether a validity period [from, to) contains `at`; open ends are unbounded. */
export function isCurrent(props: { from?: string; to?: string }, at: Date): boolean {
  const t = at.getTime();
  if (props.from !== undefined && Date.parse(props.from) > t) return false;
  if (props.to !== undefined && Date.parse(props.to) <= t) return false;
  return true;
}

/** Reliabilities are kept to four decimals, so the paths read cleanly and multiply to what is shown. */
function rounded(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function hopOf(edge: GraphEdge, from: string, to: string, reliability: number): Hop {
  const hop: Hop = {
    type: edge.type,
    from,
    to,
    source: edge.props.source,
    reliability: rounded(reliability),
  };
  const seen = evidenceDate(edge.props);
  if (seen !== undefined) hop.lastSeen = seen;
  if (edge.props.confidence !== undefined) hop.confidence = edge.props.confidence;
  if (edge.props.kind !== undefined) hop.kind = edge.props.kind;
  return hop;
}

function contactOf(key: string): ContactPoint | undefined {
  const { kind, id } = parseNodeKey(key);
  return kind === 'phone' || kind === 'email' || kind === 'address'
    ? { kind, value: id }
    : undefined;
}

/** The final hops from a holder (person or employer) to its phones, emails and addresses at `at`. */
function contactHops(
  index: GraphIndex,
  holderKey: string,
  at: Date,
  rel: Reliabilities,
  employer: boolean,
  prefixLength: number,
): Hop[] {
  const hops: Hop[] = [];
  for (const e of index.out(holderKey, 'HAS_PHONE')) {
    if (!index.node(e.to)) continue;
    const base = employer
      ? CONTACT_HOP_RELIABILITY.EMPLOYER_PHONE
      : CONTACT_HOP_RELIABILITY.HAS_PHONE;
    const halfLife = employer
      ? HALF_LIFE_DAYS.EMPLOYER_PHONE
      : prefixLength > 0
        ? HALF_LIFE_DAYS.OTHER_PERSON_PHONE
        : HALF_LIFE_DAYS.HAS_PHONE;
    hops.push(
      hopOf(
        e,
        holderKey,
        e.to,
        hopReliability(base, e.props, at, { halfLifeDays: halfLife, rel, contactHop: true }),
      ),
    );
  }
  if (employer) return hops;
  for (const e of index.out(holderKey, 'HAS_EMAIL')) {
    if (!index.node(e.to)) continue;
    hops.push(
      hopOf(
        e,
        holderKey,
        e.to,
        hopReliability(CONTACT_HOP_RELIABILITY.HAS_EMAIL, e.props, at, {
          halfLifeDays: HALF_LIFE_DAYS.HAS_EMAIL,
          rel,
          contactHop: true,
        }),
      ),
    );
  }
  for (const e of index.out(holderKey, 'LIVED_AT')) {
    if (!index.node(e.to)) continue;
    if (e.props.from !== undefined && Date.parse(e.props.from) > at.getTime()) continue;
    const base = isCurrent(e.props, at)
      ? CONTACT_HOP_RELIABILITY.CURRENT_ADDRESS
      : CONTACT_HOP_RELIABILITY.FORMER_ADDRESS;
    hops.push(
      hopOf(
        e,
        holderKey,
        e.to,
        hopReliability(base, e.props, at, {
          halfLifeDays: HALF_LIFE_DAYS.LIVED_AT,
          rel,
          contactHop: true,
        }),
      ),
    );
  }
  return hops;
}

function candidates(
  index: GraphIndex,
  prefix: Hop[],
  holderKey: string,
  recipient: Recipient,
  at: Date,
  rel: Reliabilities,
  employer = false,
): PathCandidate[] {
  const out: PathCandidate[] = [];
  for (const last of contactHops(index, holderKey, at, rel, employer, prefix.length)) {
    const contact = contactOf(last.to);
    if (!contact) continue;
    const hops = [...prefix, last];
    out.push({
      contact,
      contactKey: last.to,
      recipient,
      hops,
      probability: hops.reduce((p, h) => p * h.reliability, 1),
    });
  }
  return out;
}

function relationPaths(
  index: GraphIndex,
  debtorKey: string,
  at: Date,
  rel: Reliabilities,
): PathCandidate[] {
  const out: PathCandidate[] = [];
  const walk = (edge: GraphEdge, otherKey: string): void => {
    if (otherKey === debtorKey || index.node(otherKey)?.kind !== 'person') return;
    const kind = edge.props.kind as RelationKind | undefined;
    const base = kind !== undefined ? rel.relation[kind] : undefined;
    if (kind === undefined || base === undefined) return;
    const hop = hopOf(
      edge,
      debtorKey,
      otherKey,
      hopReliability(base, edge.props, at, { halfLifeDays: HALF_LIFE_DAYS.KNOWS, rel }),
    );
    out.push(
      ...candidates(
        index,
        [hop],
        otherKey,
        { personId: parseNodeKey(otherKey).id, relation: kind },
        at,
        rel,
      ),
    );
  };
  for (const e of index.out(debtorKey, 'KNOWS')) walk(e, e.to);
  for (const e of index.into(debtorKey, 'KNOWS')) walk(e, e.from);
  return out;
}

function obligationPaths(
  index: GraphIndex,
  debtorKey: string,
  ctx: WalkContext,
  rel: Reliabilities,
): PathCandidate[] {
  const accountKey = nodeKey('account', ctx.accountId);
  const owes = index.out(debtorKey, 'OWES').find((e) => e.to === accountKey);
  const first: Hop = owes
    ? hopOf(owes, debtorKey, accountKey, 1)
    : { type: 'OWES', from: debtorKey, to: accountKey, source: 'contract', reliability: 1 };
  const out: PathCandidate[] = [];
  const roles: [GraphEdge['type'], ObligationRole][] = [
    ['GUARANTEES', 'guarantor'],
    ['CO_BORROWS', 'co_borrower'],
  ];
  for (const [type, role] of roles) {
    for (const e of index.into(accountKey, type)) {
      if (e.from === debtorKey || index.node(e.from)?.kind !== 'person') continue;
      const hop = hopOf(
        e,
        accountKey,
        e.from,
        hopReliability(OBLIGATION_RELIABILITY[role], e.props, ctx.at, {
          halfLifeDays: HALF_LIFE_DAYS.OBLIGATION,
          rel,
        }),
      );
      hop.kind = role;
      out.push(
        ...candidates(
          index,
          [first, hop],
          e.from,
          { personId: parseNodeKey(e.from).id, relation: role },
          ctx.at,
          rel,
        ),
      );
    }
  }
  return out;
}

function employmentPaths(
  index: GraphIndex,
  debtorKey: string,
  ctx: WalkContext,
  rel: Reliabilities,
  excluded: ExcludedContact[],
): PathCandidate[] {
  const out: PathCandidate[] = [];
  for (const e of index.out(debtorKey, 'WORKS_AT')) {
    if (index.node(e.to)?.kind !== 'employer') continue;
    const employerId = parseNodeKey(e.to).id;
    if (!isCurrent(e.props, ctx.at)) {
      const ended = e.props.to !== undefined && Date.parse(e.props.to) <= ctx.at.getTime();
      const why = ended
        ? `employment ended on ${isoDay(e.props.to!)}`
        : 'employment has not started yet';
      for (const phone of index.out(e.to, 'HAS_PHONE')) {
        const contact = contactOf(phone.to);
        if (contact)
          excluded.push({
            contact,
            code: ended ? 'employment_ended' : 'employment_not_started',
            params: { employerId, ...(ended ? { ended: e.props.to! } : {}) },
            reason: `employer's switchboard left out: ${why}`,
          });
      }
      continue;
    }
    const hop = hopOf(
      e,
      debtorKey,
      e.to,
      hopReliability(rel.employment, e.props, ctx.at, {
        halfLifeDays: HALF_LIFE_DAYS.WORKS_AT,
        rel,
      }),
    );
    out.push(
      ...candidates(
        index,
        [hop],
        e.to,
        { personId: ctx.debtorId, relation: 'employer', employerId },
        ctx.at,
        rel,
        true,
      ),
    );
  }
  return out;
}

/**
 * The reliabilities for hops that are not the debtor's own contact points: a calibration's
 * source and age values were fitted on the debtor's own points (a lost debtor's old number and a
 * reference's number from the same application age very differently), so these keep the
 * defaults; the calibrated relation and employment values apply.
 */
function forOthers(rel: Reliabilities): Reliabilities {
  return rel === DEFAULT_RELIABILITIES
    ? rel
    : { ...DEFAULT_RELIABILITIES, relation: rel.relation, employment: rel.employment };
}

/**
 * Every evidence path from the debtor to a contact point within three hops: the debtor's own
 * points, co-obligors' points on the account, related persons' points and current employers'
 * switchboards. Employment that is not current at `at` is reported in `excluded`.
 */
export function walkEvidencePaths(
  index: GraphIndex,
  ctx: WalkContext,
): { paths: PathCandidate[]; excluded: ExcludedContact[] } {
  const debtorKey = nodeKey('person', ctx.debtorId);
  const excluded: ExcludedContact[] = [];
  const rel = ctx.rel ?? DEFAULT_RELIABILITIES;
  const others = forOthers(rel);
  const paths = [
    ...candidates(index, [], debtorKey, { personId: ctx.debtorId, relation: 'self' }, ctx.at, rel),
    ...obligationPaths(index, debtorKey, ctx, others),
    ...relationPaths(index, debtorKey, ctx.at, others),
    ...employmentPaths(index, debtorKey, ctx, others, excluded),
  ];
  return { paths, excluded };
}

/** Age in days of the path's last hop (the link to the contact point itself), or undefined when undated. */
export function contactAgeDays(hops: readonly Hop[], at: Date): number | undefined {
  return ageInDays(hops[hops.length - 1]?.lastSeen, at);
}
