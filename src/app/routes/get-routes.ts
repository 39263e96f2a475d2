import type { RuleVerdict } from '../../domain/guard/decision.js';
import type { RelationKind } from '../../domain/model/index.js';
import { type Account, Channel, type ContactPoint } from '../../domain/model/index.js';
import { RankingInputError, rankRoutes as rankPure } from '../../domain/ranking/rank-routes.js';
import type {
  ExcludedContact,
  RankedRoute,
  RankingInput,
  RankingResult,
  SharingEntry,
} from '../../domain/ranking/route.js';
import type { AttemptLog, GraphReads } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import { accountsOwedBy, pickAccount } from './pick-account.js';
import { loadRouteGraph } from './route-graph.js';
import { contactPointsOf, relatedPersons, unrelatedDebtorHolders } from './unrelated-holders.js';

/** The guard's verdict on a route at `at`, as the integrator's preview callback returns it. */
export interface GuardPreview {
  outcome: 'allow' | 'deny';
  rules: RuleVerdict[];
  nextAllowedAt?: string;
  policyVersion?: string;
}

/** One route as the use case answers it: the ranked route, with the guard's preview when one is wired. */
export interface RouteView extends RankedRoute {
  guard?: GuardPreview;
}

/** What getRoutes needs: the store, and optionally the guard preview and the policy's consumer relations. */
export interface RoutesDeps {
  store: GraphReads & AttemptLog;
  /** The guard's preview of a route at `at`; when given, every route carries `guard`. */
  preview?: (
    route: RouteView,
    context: { debtorId: string; accountId: string; at: Date },
  ) => Promise<GuardPreview>;
  /** Relation kinds the policy treats as the consumer (default spouse, executor, attorney). */
  consumerRelations?: readonly RelationKind[];
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
  notes: string[];
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
    throw new AppError('invalid', 'invalid_at', '`at` must be a valid time');
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
 * @throws AppError not_found (debtor_not_found, no_account); invalid (account_not_of_debtor, invalid_*)
 */
export async function getRoutes(deps: RoutesDeps, query: RoutesQuery): Promise<RoutesResult> {
  const { ranking, account, limit } = await prepareRanking(deps, query);
  // Copies, so the preview is attached to the answer and never to the ranking's own routes.
  const routes: RouteView[] = ranking.routes.slice(0, limit).map((r) => ({ ...r }));
  if (deps.preview) {
    const context = { debtorId: query.debtorId, accountId: account.id, at: query.at };
    const previews = await Promise.all(routes.map((r) => deps.preview!(r, context)));
    routes.forEach((r, i) => {
      r.guard = previews[i];
    });
  }
  return {
    debtorId: query.debtorId,
    accountId: account.id,
    at: query.at.toISOString(),
    routes,
    excluded: ranking.excluded,
    notes: ranking.notes,
  };
}

/** What the ranking was given and what it answered, before the list is cut and previewed. */
export interface PreparedRanking {
  input: RankingInput;
  ranking: RankingResult;
  account: Account;
  limit: number;
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
  if (!person) throw new AppError('not_found', 'debtor_not_found', 'no debtor with this id');
  const account = pickAccount(owed, query.accountId);
  const [subgraph, ...attemptLists] = await Promise.all([
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
    ...(query.channel ? { channel: query.channel } : {}),
  };
  if (store.debtorsHolding) {
    // One batched statement for every point in the graph costs less than a second ranking pass.
    for (const entry of await unrelatedDebtorHolders(store, contactPointsOf(subgraph), related))
      sharing.set(contactKey(entry.contact), entry);
    input.sharing = [...sharing.values()];
  }
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
  return { input, ranking, account, limit };
}

/** The pure ranking, its input errors as typed use-case errors (the debtor vanished between reads). */
function rankRoutes(input: RankingInput): RankingResult {
  try {
    return rankPure(input);
  } catch (error) {
    if (error instanceof RankingInputError)
      throw new AppError('not_found', 'debtor_not_found', 'no debtor with this id');
    throw error;
  }
}
