import type { PostalAddress, RelationKind, Subgraph } from '../../domain/model/index.js';
import type {
  AttemptLog,
  GraphReads,
  PromiseBook,
  WorklistEntry,
  WorklistIndex,
  WorklistRoute,
} from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import { refreshPromiseDue } from '../promises/promise-upkeep.js';
import { prepareRanking } from '../routes/get-routes.js';

/** Routes kept per account: enough to find one the guard allows without re-ranking. */
export const ROUTES_KEPT = 3;

/** What re-ranking a worklist entry needs. */
export interface WorklistUpkeepDeps {
  store: GraphReads & AttemptLog & WorklistIndex & PromiseBook;
  consumerRelations?: readonly RelationKind[];
}

/** The postal words of the address node `id` in the ranked graph, if it holds one. */
function postalAddress(subgraph: Subgraph, id: string): PostalAddress | undefined {
  for (const node of subgraph.nodes)
    if (node.kind === 'address' && node.data.id === id) {
      const { line, city, region, country, postcode } = node.data;
      return { line, city, region, country, ...(postcode !== undefined ? { postcode } : {}) };
    }
  return undefined;
}

/**
 * Re-ranks the given accounts at `at` and writes their worklist entries (top routes, best score);
 * accounts no longer open, or gone, leave the worklist. Returns the entries written.
 */
export async function refreshWorklist(
  deps: WorklistUpkeepDeps,
  accountIds: readonly string[],
  at: Date,
): Promise<WorklistEntry[]> {
  const written: WorklistEntry[] = [];
  const gone: string[] = [];
  for (const accountId of accountIds) {
    const account = await deps.store.getAccount(accountId);
    if (account?.status !== 'open') {
      gone.push(accountId);
      continue;
    }
    if (account === undefined) continue;
    const debtor = await deps.store.getPerson(account.debtorId);
    let routes: WorklistRoute[] = [];
    try {
      const { ranking, input } = await prepareRanking(
        {
          store: deps.store,
          promises: deps.store,
          ...(deps.consumerRelations ? { consumerRelations: deps.consumerRelations } : {}),
        },
        { debtorId: account.debtorId, accountId, at, limit: ROUTES_KEPT },
      );
      routes = ranking.routes.slice(0, ROUTES_KEPT).map((r) => {
        const route: WorklistRoute = {
          contact: r.contact,
          recipientPersonId: r.recipient.personId,
          relation: r.recipient.relation,
          score: r.score,
          tier: r.tier,
        };
        if (r.recipient.name !== undefined) route.recipientName = r.recipient.name;
        const address =
          r.contact.kind === 'address' ? postalAddress(input.subgraph, r.contact.value) : undefined;
        if (address !== undefined) route.address = address;
        return route;
      });
    } catch (error) {
      // An account whose debtor is not stored yet has no routes; it stays listed, with none.
      if (!(error instanceof AppError) || error.kind !== 'not_found') throw error;
    }
    written.push({
      accountId,
      debtorId: account.debtorId,
      debtorName: debtor?.name ?? '',
      dueDate: account.dueDate,
      balance: account.balance,
      currency: account.currency,
      jurisdiction: account.jurisdiction,
      score: routes[0]?.score ?? 0,
      routes,
      stale: false,
      refreshedAt: at.toISOString(),
    });
  }
  await deps.store.putWorklistEntries(written);
  await deps.store.dropWorklistEntries(gone);
  for (const entry of written) await refreshPromiseDue(deps.store, entry.accountId);
  return written;
}

/**
 * Refreshes every stale entry, `batch` at a time, until none is left; for `skipgraph worklist
 * --refresh`, start-up on the demo database and benchmarks. Returns how many were refreshed.
 */
export async function refreshStaleWorklist(
  deps: WorklistUpkeepDeps,
  at: Date,
  options: { batch?: number; onProgress?: (done: number) => void } = {},
): Promise<number> {
  const batch = options.batch ?? 500;
  let done = 0;
  for (;;) {
    const ids = await deps.store.staleWorklistAccounts(batch);
    if (ids.length === 0) return done;
    await refreshWorklist(deps, ids, at);
    done += ids.length;
    options.onProgress?.(done);
  }
}
