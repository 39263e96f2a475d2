import {
  debtorLost,
  type LostState,
  type NotLost,
  notLostText,
} from '../../domain/lost/debtor-lost.js';
import type { LostPolicy } from '../../domain/lost/lost-policy.js';
import { lostFactsOf } from '../../domain/lost/own-routes.js';
import type { RelationKind, Subgraph } from '../../domain/model/index.js';
import { type Account, Channel, type ContactPoint } from '../../domain/model/index.js';
import { RankingInputError, rankRoutes as rankPure } from '../../domain/ranking/rank-routes.js';
import type { Reliabilities } from '../../domain/ranking/reliabilities.js';
import type {
  ExcludedContact,
  RankedRoute,
  RankingInput,
  RankingResult,
  Reason,
  SharingEntry,
} from '../../domain/ranking/route.js';
import type { AttemptLog, GraphReads, PromiseBook } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import type { GuardPreview } from '../guard/guard-preview.js';
import { requestReads } from '../request-reads.js';
import { accountsOwedBy, pickAccount } from './pick-account.js';
import { promiseHistory } from './promise-history.js';
import { loadRouteGraph } from './route-graph.js';
import { contactPointsOf, relatedPersons, unrelatedDebtorHolders } from './unrelated-holders.js';

/** One route as the use case answers it: the ranked route, with the guard's preview when one is wired. */
export interface RouteView extends RankedRoute {
  guard?: GuardPreview;
}

/** What getRoutes needs: the store, and optionally the guard preview and the policy's consumer relations. */
export interface RoutesDeps {
  store: GraphReads & AttemptLog;
  /**
   * The guard's preview of a route at `at`; when given, every route carries `guard`. `reads` is
   * the answer's view of the store, whose reads the ranking and the other previews share.
   */
  preview?: (
    route: RouteView,
    context: { debtorId: string; accountId: string; at: Date; reads: GraphReads & AttemptLog },
  ) => Promise<GuardPreview>;
  /** Relation kinds the policy treats as the consumer (default spouse, executor, attorney). */
  consumerRelations?: readonly RelationKind[];
  /** What the policies in force say about third parties and the lost state, per jurisdiction. */
  lostPolicy?: (jurisdiction: string) => LostPolicy;
  /** The promises to pay and payments: a broken promise is ranked as history and noted. */
  promises?: Pick<PromiseBook, 'listPromises' | 'listPayments'>;
  /** The reliabilities in force (the portfolio's calibration); the documented defaults when absent. */
  reliabilities?: Reliabilities;
}

/** Whose routes, for which account, as of when, on which channel, how many. */
export interface RoutesQuery {
  debtorId: string;
  accountId?: string;
  at: Date;
  channel?: Channel;
  limit?: number;
}

/** The answer of GET /v1/debtors/{id}/routes. */
export interface RoutesResult {
  debtorId: string;
  accountId: string;
  at: string;
  routes: RouteView[];
  /** Contact points left out, and why (invalid, suspended until …, employment ended, …). */
  excluded: ExcludedContact[];
  notes: Reason[];
  /** The debtor is lost under the policy in force: since when and why (codes with their figures). */
  lost?: LostState & { policyId: string };
  /** The policy lets third parties be contacted only once the debtor is lost, and the debtor is not yet. */
  notLost?: NotLost & { policyId: string; text: string };
  /** When a preview is wired and no listed route is allowed: why, as a code with figures and in words. */
  noAllowedRoute?: { code: string; params: Record<string, string | number>; text: string };
}

/** Routes listed when no limit is asked for: a collector's shift works through a handful, not dozens. */
export const DEFAULT_ROUTE_LIMIT = 10;
/** The most routes one answer lists. */
export const MAX_ROUTE_LIMIT = 100;

function contactKey(c: ContactPoint): string {
  return `${c.kind}:${c.value}`;
}

function checkQuery(q: RoutesQuery): number {
  if (!(q.at instanceof Date) || Number.isNaN(q.at.getTime()))
    throw new AppError('invalid', 'invalid_at', '`at` must be an ISO-8601 date-time');
  if (q.channel !== undefined && !Channel.safeParse(q.channel).success)
    throw new AppError(
      'invalid',
      'invalid_channel',
      '`channel` must be one of call, sms, email, visit, letter',
    );
  const limit = q.limit ?? DEFAULT_ROUTE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ROUTE_LIMIT)
    throw new AppError(
      'invalid',
      'invalid_limit',
      `\`limit\` must be an integer from 1 to ${MAX_ROUTE_LIMIT}`,
      { params: { max: MAX_ROUTE_LIMIT } },
    );
  return limit;
}

/**
 * The ranked routes to a debtor at `at`: loads the part of the graph routes can use, the attempts on
 * their accounts and, for the routes that make the list, who else holds each contact point; then
 * ranks (pure) and, when a preview is wired, attaches the guard's verdict to each route.
 * Sharing comes in one batch for every point when the store offers `debtorsHolding`; otherwise
 * lazily, only for routes in the top `limit`, re-ranking until every listed route's sharing is
 * known (a discount can only push a route down, so the list is then exact).
 * @example await getRoutes({ store }, { debtorId: 'D1', at: new Date() })
 * @throws AppError not_found (debtor_not_found, account_not_found, no_account); invalid (account_not_of_debtor, invalid_*)
 */
export async function getRoutes(deps: RoutesDeps, query: RoutesQuery): Promise<RoutesResult> {
  // The previews read the debtor, the account, its history and the people the routes reach again:
  // one view of the store for the whole answer reads each of them once.
  const reads = requestReads(deps.store);
  const { input, ranking, account, limit, lost, promiseNote } = await prepareRanking(
    { ...deps, store: reads },
    query,
  );
  // Copies, so the preview is attached to the answer and never to the ranking's own routes.
  const routes: RouteView[] = ranking.routes.slice(0, limit).map((r) => ({ ...r }));
  if (deps.preview) {
    await readAheadForPreviews(reads, routes, query.debtorId, input.subgraph);
    const context = { debtorId: query.debtorId, accountId: account.id, at: query.at, reads };
    const previews = await Promise.all(routes.map((r) => deps.preview!(r, context)));
    routes.forEach((r, i) => {
      r.guard = previews[i];
    });
  }
  const result: RoutesResult = {
    debtorId: query.debtorId,
    accountId: account.id,
    at: query.at.toISOString(),
    routes,
    excluded: ranking.excluded,
    notes: promiseNote ? [promiseNote, ...ranking.notes] : ranking.notes,
  };
  if (lost) {
    if ('lost' in lost.state) result.lost = { ...lost.state.lost, policyId: lost.policyId };
    else
      result.notLost = {
        ...lost.state.notLost,
        policyId: lost.policyId,
        text: notLostText(lost.state.notLost),
      };
  }
  if (deps.preview && !routes.some((r) => r.guard?.outcome === 'allow'))
    result.noAllowedRoute = noRouteReason(result, lost?.policyId);
  return result;
}

/**
 * What the previews will each ask the store for one at a time, read in two batches first: who
 * holds each route's contact point, and each recipient's own 1-hop neighbourhood (the debtor's
 * is the first hop of the route graph). The previews then find them in the answer's view.
 */
async function readAheadForPreviews(
  reads: GraphReads,
  routes: readonly RouteView[],
  debtorId: string,
  routeGraph: Subgraph,
): Promise<void> {
  const recipients = new Set(routes.map((r) => r.recipient.personId));
  recipients.delete(debtorId);
  await Promise.all([
    reads.sharedIdentifiersOf?.(routes.map((r) => r.contact)),
    // Most of the recipients' points are in the route graph already: their rows are not read again.
    reads.neighbourhoodsOf?.([...recipients], routeGraph),
  ]);
}

/** Why no listed route is allowed, in the terms a collector can act on. */
function noRouteReason(
  r: RoutesResult,
  policyId: string | undefined,
): NonNullable<RoutesResult['noAllowedRoute']> {
  // A cease request leaves nothing to rank: say that, not "no known contact" (the file has numbers).
  if (r.notes.some((n) => n.code === 'note_ceased_all'))
    return {
      code: 'debtor_ceased_contact',
      params: {},
      text: 'the debtor asked to stop all contact; no route is offered',
    };
  if (r.routes.length === 0 && r.excluded.length === 0)
    return { code: 'no_known_contact', params: {}, text: 'the debtor has no known contact point' };
  if (r.routes.length === 0)
    return {
      code: 'every_contact_excluded',
      params: { excluded: r.excluded.length },
      text: `every known contact point is excluded (${r.excluded.length}); learn a new one from the debtor's people`,
    };
  if (r.notLost && !r.routes.some((x) => x.tier !== 'third_party'))
    return {
      code: 'third_parties_need_lost_debtor',
      params: { ...r.notLost.params, policyId: r.notLost.policyId },
      text: `only third parties are left and ${r.notLost.text}`,
    };
  const times = r.routes.map((x) => x.guard?.nextAllowedAt).filter((t): t is string => !!t);
  const next = times.sort()[0];
  return next
    ? {
        code: 'wait_until',
        params: { nextAllowedAt: next, ...(policyId ? { policyId } : {}) },
        text: `the policy allows the next contact at ${next}`,
      }
    : { code: 'policy_denies_all', params: {}, text: 'the policy denies every listed route now' };
}

/** The debtor's lost state under the policy in force, when the policy has a lost test. */
function lostStateOf(
  deps: RoutesDeps,
  input: RankingInput,
  account: Account,
  owed: readonly Account[],
): { state: ReturnType<typeof debtorLost>; policyId: string } | undefined {
  const policy = deps.lostPolicy?.(account.jurisdiction);
  if (!policy) return undefined;
  if (policy.consumerRelations && !deps.consumerRelations)
    input.consumerRelations = policy.consumerRelations;
  if (policy.thirdParties !== 'when_lost') {
    input.thirdPartiesAllowed = policy.thirdParties === 'always';
    return undefined;
  }
  const owedIds = owed.map((a) => a.id);
  const facts = lostFactsOf(input.subgraph, input.debtorId, owedIds, input.attempts, input.at);
  const state = debtorLost(facts, policy.params, input.at);
  input.thirdPartiesAllowed = 'lost' in state;
  return { state, policyId: policy.policyId };
}

/** What the ranking was given and what it answered, before the list is cut and previewed. */
export interface PreparedRanking {
  input: RankingInput;
  ranking: RankingResult;
  account: Account;
  limit: number;
  lost?: { state: ReturnType<typeof debtorLost>; policyId: string };
  /** The account's pressing promise (due tomorrow, due today, broken), for the routes' notes. */
  promiseNote?: Reason;
}

/**
 * Loads everything the pure ranking needs from the store and ranks: the use case minus the
 * guard preview. Exposed so benchmarks can time the store and the ranking apart.
 */
export async function prepareRanking(
  deps: RoutesDeps,
  query: RoutesQuery,
): Promise<PreparedRanking> {
  const limit = checkQuery(query);
  const { store } = deps;
  const [person, owed] = await Promise.all([
    store.getPerson(query.debtorId),
    accountsOwedBy(store, query.debtorId),
  ]);
  if (!person) throw debtorNotFound(query.debtorId);
  const asked = query.accountId;
  // An account that does not exist is not found; one of someone else's is the wrong account.
  if (asked !== undefined && !owed.some((a) => a.id === asked) && !(await store.getAccount(asked)))
    throw new AppError('not_found', 'account_not_found', `accountId: no account with id ${asked}`, {
      params: { path: 'accountId', id: asked },
    });
  const account = pickAccount(owed, asked);
  const [history, subgraph, ...attemptLists] = await Promise.all([
    deps.promises
      ? promiseHistory(deps.promises, account, person.timezone, query.at)
      : Promise.resolve({ broken: [] as string[], note: undefined }),
    loadRouteGraph(store, query.debtorId, account.id),
    ...owed.map((a) =>
      store.listAttempts({ accountId: a.id, to: new Date(query.at.getTime() + 1).toISOString() }),
    ),
  ]);
  const related = relatedPersons(subgraph, query.debtorId, owed, query.at);
  const sharing = new Map<string, SharingEntry>();
  const input: RankingInput = {
    subgraph,
    debtorId: query.debtorId,
    account,
    at: query.at,
    attempts: attemptLists.flat(),
    sharing: [],
    limit,
    ...(deps.consumerRelations ? { consumerRelations: deps.consumerRelations } : {}),
    ...(deps.reliabilities ? { reliabilities: deps.reliabilities } : {}),
    ...(query.channel ? { channel: query.channel } : {}),
    ...(history.broken.length > 0 ? { brokenPromises: history.broken } : {}),
  };
  if (store.debtorsHolding) {
    // One batched statement for every point in the graph costs less than a second ranking pass.
    for (const entry of await unrelatedDebtorHolders(store, contactPointsOf(subgraph), related))
      sharing.set(contactKey(entry.contact), entry);
    input.sharing = [...sharing.values()];
  }
  const lost = lostStateOf(deps, input, account, owed);
  let ranking = rankRoutes(input);
  for (;;) {
    const unknown = ranking.routes
      .slice(0, limit)
      .map((r) => r.contact)
      .filter((c) => !sharing.has(contactKey(c)));
    if (unknown.length === 0) break;
    for (const entry of await unrelatedDebtorHolders(store, unknown, related))
      sharing.set(contactKey(entry.contact), entry);
    input.sharing = [...sharing.values()];
    ranking = rankRoutes(input);
  }
  if (await addWrongPartyElsewhere(store, input, ranking, limit)) ranking = rankRoutes(input);
  return {
    input,
    ranking,
    account,
    limit,
    ...(lost ? { lost } : {}),
    ...(history.note ? { promiseNote: history.note } : {}),
  };
}

/**
 * For listed phones that unrelated debtors also hold: the other debtors whose calls they answered
 * as a wrong party (a broker's or recycled line). True when any was found (then rank again).
 */
async function addWrongPartyElsewhere(
  store: AttemptLog,
  input: RankingInput,
  ranking: RankingResult,
  limit: number,
): Promise<boolean> {
  const shared = ranking.routes
    .slice(0, limit)
    .filter((r) => r.contact.kind === 'phone' && (r.flags.shared ?? 0) > 0);
  const found: { contact: ContactPoint; debtorIds: string[] }[] = [];
  for (const route of shared) {
    const attempts = await store.listAttempts({
      contact: route.contact,
      to: new Date(input.at.getTime() + 1).toISOString(),
    });
    const unrelated = new Set(
      input.sharing.find((e) => contactKey(e.contact) === contactKey(route.contact))
        ?.unrelatedDebtorIds,
    );
    const ids = new Set<string>();
    for (const a of attempts)
      if (a.outcome === 'wrong_party' && a.personId !== undefined && unrelated.has(a.personId))
        ids.add(a.personId);
    if (ids.size > 0) found.push({ contact: route.contact, debtorIds: [...ids] });
  }
  if (found.length === 0) return false;
  input.wrongPartyElsewhere = found;
  return true;
}

/** No debtor with this id: the routes have no one to start from. */
function debtorNotFound(id: string): AppError {
  return new AppError('not_found', 'debtor_not_found', `no debtor with id ${id}`, {
    params: { id, account: 'none' },
  });
}

/** The pure ranking, its input errors as typed use-case errors (the debtor vanished between reads). */
function rankRoutes(input: RankingInput): RankingResult {
  try {
    return rankPure(input);
  } catch (error) {
    if (error instanceof RankingInputError) throw debtorNotFound(input.debtorId);
    throw error;
  }
}
