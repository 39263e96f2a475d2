import {
  CONVERSATION_OUTCOMES,
  type ContactPoint,
  channelsFor,
  contactKindOf,
  nodeKey,
  type Phone,
  type RelationKind,
} from '../model/index.js';
import { graphPrior } from './contact-prior.js';
import { contactAgeDays, type PathCandidate, walkEvidencePaths } from './evidence-paths.js';
import { type GraphIndex, indexGraph } from './graph-index.js';
import { type Disproval, disprovedLinks, linkKey, stillDisproved } from './link-disproval.js';
import {
  failuresSince,
  movedOnFactor,
  newestEvidenceMs,
  type OwnFailure,
  ownFailures,
} from './moved-on.js';
import {
  afterUnanswered,
  type DatedOutcome,
  datedOutcomes,
  outcomeHistory,
  posteriorMean,
  unansweredRun,
} from './outcome-history.js';
import { phoneAvailability } from './phone-availability.js';
import {
  DEFAULT_CONSUMER_RELATIONS,
  LIVE_ANSWER_RATE,
  PUT_THROUGH_RATE,
  SCORE_DECIMALS,
  SHARED_DISCOUNT_PER_DEBTOR,
  STALE_AFTER_DAYS,
  SUSPENDED_RETRY_FACTOR,
  WRONG_PARTY_DISCOUNT_PER_DEBTOR,
  WRONG_PARTY_FLAG_DEBTORS,
} from './ranking-parameters.js';
import { ageInDays } from './recency.js';
import { applyDebtorFlags, recipientBlock } from './recipient-blocks.js';
import type {
  ExcludedContact,
  RankedRoute,
  RankingInput,
  RankingResult,
  Reason,
  Recipient,
  RouteFlags,
} from './route.js';
import { compareRoutes, diversify, tierOf, tierRank } from './route-order.js';
import { flagAndTierReasons, headline, historyReasons, pathReason } from './route-reasons.js';

/** The ranking was given input it cannot rank (e.g. the debtor is not in the subgraph). */
export class RankingInputError extends Error {
  override readonly name = 'RankingInputError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const SCALE = 10 ** SCORE_DECIMALS;

function contactKeyOf(c: ContactPoint): string {
  return nodeKey(c.kind, c.value);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function stablePathKey(p: PathCandidate): string {
  return p.hops.map((h) => `${h.type}>${h.to}>${h.source}`).join('|');
}

/** Best path first: by the tier of its recipient, then probability, then stable keys. */
function orderPaths(
  paths: PathCandidate[],
  consumerRelations: readonly RelationKind[],
): PathCandidate[] {
  return [...paths].sort(
    (a, b) =>
      tierRank(tierOf(a.recipient.relation, consumerRelations)) -
        tierRank(tierOf(b.recipient.relation, consumerRelations)) ||
      b.probability - a.probability ||
      (stablePathKey(a) < stablePathKey(b) ? -1 : stablePathKey(a) > stablePathKey(b) ? 1 : 0),
  );
}

function phoneOf(index: GraphIndex, value: string): Phone {
  const node = index.node(nodeKey('phone', value));
  return node?.kind === 'phone' ? node.data : { e164: value, type: 'UNKNOWN', status: 'unknown' };
}

interface RouteContext {
  index: GraphIndex;
  input: RankingInput;
  consumerRelations: readonly RelationKind[];
  outcomesByContact: Map<string, DatedOutcome[]>;
  sharedByContact: Map<string, number>;
  wrongPartyByContact: Map<string, number>;
  /** Failed calls to the debtor's own numbers since they were last reached (moved-on.ts). */
  ownFailures: OwnFailure[];
}

/** A contact point scored and ready to order; its words are written only if it makes the list. */
interface Scored {
  key: string;
  contact: RankedRoute['contact'];
  recipient: Recipient;
  score: number;
  tier: RankedRoute['tier'];
  flags: RouteFlags;
  /** Best path first. */
  paths: PathCandidate[];
  outcomes: DatedOutcome[];
  newestAgeDays: number | undefined;
}

/** Scores one contact point from all its paths; undefined (with the reason recorded) when it is excluded. */
function scoreContact(
  ctx: RouteContext,
  key: string,
  candidates: PathCandidate[],
  exclusions: Map<string, ExcludedContact>,
): Scored | undefined {
  const { index, input } = ctx;
  const paths = orderPaths(candidates, ctx.consumerRelations);
  const best = paths[0]!;
  const outcomes = ctx.outcomesByContact.get(key) ?? [];
  const flags: RouteFlags = {};
  const phone = best.contact.kind === 'phone' ? phoneOf(index, best.contact.value) : undefined;
  let prior = graphPrior(paths, phone);
  let retryFactor = 1;
  if (phone) {
    const availability = phoneAvailability(phone, outcomes, input.at);
    if (availability.state === 'excluded') {
      exclusions.set(key, {
        contact: best.contact,
        code: availability.code,
        params: availability.params,
        reason: availability.reason,
        ...(availability.until ? { until: availability.until } : {}),
      });
      return undefined;
    }
    if (availability.suspendedUntil !== undefined) {
      flags.suspendedUntil = availability.suspendedUntil;
      retryFactor = SUSPENDED_RETRY_FACTOR;
    }
  }
  const shared = ctx.sharedByContact.get(key) ?? 0;
  if (shared > 0) {
    flags.shared = shared;
    prior /= 1 + SHARED_DISCOUNT_PER_DEBTOR * shared;
  }
  const wrongFor = ctx.wrongPartyByContact.get(key) ?? 0;
  if (wrongFor >= WRONG_PARTY_FLAG_DEBTORS) {
    flags.wrongPartyFor = wrongFor;
    prior /= 1 + WRONG_PARTY_DISCOUNT_PER_DEBTOR * wrongFor;
  }
  const tier = tierOf(best.recipient.relation, ctx.consumerRelations);
  if (phone && best.recipient.relation === 'self' && best.hops.length === 1) {
    const failed = failuresSince(ctx.ownFailures, key, newestEvidenceMs(paths));
    if (failed.length > 0) {
      flags.movedOnDoubt = failed.length;
      prior *= movedOnFactor(failed);
    }
  }
  const workplace = tier === 'workplace';
  const history = outcomeHistory(outcomes, input.at, tier === 'third_party', workplace);
  const estimate = afterUnanswered(
    posteriorMean(prior, history),
    unansweredRun(outcomes, workplace),
    workplace ? PUT_THROUGH_RATE : LIVE_ANSWER_RATE,
  );
  const score = Math.round(estimate * retryFactor * SCALE) / SCALE;

  let lastConversation: DatedOutcome | undefined;
  for (let i = outcomes.length - 1; i >= 0 && !lastConversation; i--) {
    const o = outcomes[i]!;
    if (CONVERSATION_OUTCOMES.includes(o.outcome)) lastConversation = o;
  }
  const ages = [
    ...paths.map((p) => contactAgeDays(p.hops, input.at)),
    lastConversation ? ageInDays(lastConversation.at, input.at) : undefined,
  ].filter((a): a is number => a !== undefined);
  const newestAgeDays = ages.length > 0 ? Math.min(...ages) : undefined;
  if (newestAgeDays !== undefined && newestAgeDays > STALE_AFTER_DAYS) flags.stale = true;
  return {
    key,
    contact: best.contact,
    recipient: withName(index, best.recipient),
    score,
    tier,
    flags,
    paths,
    outcomes,
    newestAgeDays,
  };
}

/** The route with its evidence paths and reasons (catalogue codes with their figures). */
function explain(ctx: RouteContext, s: Scored, rank: number): RankedRoute {
  const hops = s.paths.map((p) => p.hops);
  const history = historyReasons(s.outcomes);
  const reasons = [
    headline(
      ctx.index,
      s.contact,
      s.paths[0]!.recipient,
      hops,
      ctx.input.account.id,
      ctx.input.at,
      history.confirmation,
    ),
    ...history.lines,
    ...hops.map((h) => pathReason(ctx.index, h, ctx.input.at)),
    ...flagAndTierReasons(s.flags, s.tier, s.newestAgeDays),
  ];
  return {
    rank,
    contact: s.contact,
    recipient: s.recipient,
    score: s.score,
    tier: s.tier,
    paths: hops,
    reasons,
    flags: s.flags,
  };
}

/** The recipient with the person's name from the graph (an attorney on file keeps the name on file). */
function withName(index: GraphIndex, recipient: Recipient): Recipient {
  if (recipient.name !== undefined) return recipient;
  const node = index.node(nodeKey('person', recipient.personId));
  return node?.kind === 'person' ? { ...recipient, name: node.data.name } : recipient;
}

function disprovalWords(d: Disproval): string {
  const day = d.at.slice(0, 10);
  return d.code === 'wrong_party'
    ? `answered by a wrong party on ${day} (attempt ${d.attemptId}): not routed to this person until newer evidence`
    : `someone else answered the debtor's number on ${day} (attempt ${d.attemptId}): not routed to the debtor until newer evidence`;
}

/**
 * Drops the paths whose person–number link an outcome disproved (wrong party; someone else on
 * the debtor's own number), unless the link has newer evidence; a point left with no path is
 * listed as excluded with the code, date and attempt.
 */
function withoutDisprovedLinks(
  paths: PathCandidate[],
  input: RankingInput,
  exclusions: Map<string, ExcludedContact>,
): PathCandidate[] {
  const disproved = disprovedLinks(input.attempts, input.debtorId, input.at);
  if (disproved.size === 0) return paths;
  const kept: PathCandidate[] = [];
  const dropped = new Map<string, { path: PathCandidate; d: Disproval }>();
  for (const p of paths) {
    const last = p.hops[p.hops.length - 1];
    const d = disproved.get(linkKey(p.contact, p.recipient.personId));
    const applies =
      d !== undefined &&
      (d.code === 'wrong_party' || (p.recipient.relation === 'self' && last?.type === 'HAS_PHONE'));
    if (d && applies && stillDisproved(d, last?.lastSeen))
      dropped.set(p.contactKey, { path: p, d });
    else kept.push(p);
  }
  const keptKeys = new Set(kept.map((p) => p.contactKey));
  for (const [key, { path, d }] of dropped) {
    if (keptKeys.has(key) || exclusions.has(key)) continue;
    exclusions.set(key, {
      contact: path.contact,
      code: d.code,
      params: { personId: d.personId, answeredAt: d.at, attemptId: d.attemptId },
      reason: disprovalWords(d),
    });
  }
  return kept;
}

/**
 * Ranks the ways to reach the debtor at `at` (pure, deterministic): evidence paths scored by
 * hop reliability and recency, combined per contact point by noisy-OR, updated by the attempt
 * history (Beta posterior, the live-line and put-through models), discounted when shared and,
 * for the debtor's own numbers, by the doubt that the debtor moved on; links disproved by a
 * wrong-party answer are left out; ordered by expected value (score × tier value), third parties
 * after the others until they may be contacted, with at most two routes per recipient at the top.
 * @example rankRoutes({ subgraph, debtorId: 'D1', account, at: new Date('2026-11-23T10:00:00Z'), attempts: [], sharing: [] })
 */
export function rankRoutes(input: RankingInput): RankingResult {
  const index = indexGraph(input.subgraph);
  const debtorNode = index.node(nodeKey('person', input.debtorId));
  if (debtorNode?.kind !== 'person')
    throw new RankingInputError(
      'debtor_not_in_subgraph',
      'the debtor is not in the subgraph given to the ranking',
    );
  const debtor = debtorNode.data;
  if (debtor.flags.ceaseContact)
    return {
      routes: [],
      excluded: [],
      notes: [{ code: 'note_ceased_all', params: {} }],
    };

  const notes: Reason[] = [];
  const walk = walkEvidencePaths(index, {
    debtorId: input.debtorId,
    accountId: input.account.id,
    at: input.at,
    ...(input.reliabilities ? { rel: input.reliabilities } : {}),
  });
  const exclusions = new Map<string, ExcludedContact>();
  for (const e of walk.excluded) exclusions.set(contactKeyOf(e.contact), e);

  let paths = applyDebtorFlags(debtor, walk.paths, notes);
  if (input.channel) {
    const kind = contactKindOf(input.channel);
    paths = paths.filter((p) => p.contact.kind === kind);
  }
  paths = withoutDisprovedLinks(paths, input, exclusions);
  paths = paths.filter((p) => {
    const block = recipientBlock(index, debtor, p);
    if (block !== undefined && !exclusions.has(p.contactKey))
      exclusions.set(p.contactKey, {
        contact: p.contact,
        code: block.code,
        params: { personId: p.recipient.personId, channel: channelsFor(p.contact.kind) },
        reason: block.reason,
      });
    return block === undefined;
  });

  const ownKeys = new Set(
    walk.paths
      .filter(
        (p) => p.recipient.relation === 'self' && p.hops.length === 1 && p.contact.kind === 'phone',
      )
      .map((p) => p.contactKey),
  );
  const broken = new Set(input.brokenPromises ?? []);
  const ctx: RouteContext = {
    index,
    input,
    consumerRelations: input.consumerRelations ?? DEFAULT_CONSUMER_RELATIONS,
    outcomesByContact: new Map(
      [...groupBy(input.attempts, (a) => contactKeyOf(a.contact))].map(([k, list]) => [
        k,
        datedOutcomes(list, input.at, broken),
      ]),
    ),
    sharedByContact: new Map(
      input.sharing.map((s) => [contactKeyOf(s.contact), new Set(s.unrelatedDebtorIds).size]),
    ),
    wrongPartyByContact: new Map(
      (input.wrongPartyElsewhere ?? []).map((w) => [
        contactKeyOf(w.contact),
        new Set(w.debtorIds).size,
      ]),
    ),
    ownFailures: ownFailures(
      input.attempts,
      input.debtorId,
      ownKeys,
      (a) => contactKeyOf(a.contact),
      input.at,
    ),
  };
  const scored: Scored[] = [];
  for (const [key, group] of groupBy(paths, (p) => p.contactKey)) {
    const route = scoreContact(ctx, key, group, exclusions);
    if (route) {
      scored.push(route);
      exclusions.delete(key);
    }
  }
  const byValue = input.thirdPartiesAllowed === true;
  const ordered = diversify(scored.sort((a, b) => compareRoutes(a, b, byValue)));
  const kept = input.limit === undefined ? ordered : ordered.slice(0, input.limit);
  const routes = kept.map((s, i) => explain(ctx, s, i + 1));
  const excluded = [...exclusions.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, e]) => e);
  return { routes, excluded, notes };
}
