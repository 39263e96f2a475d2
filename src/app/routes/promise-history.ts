import type { Account } from '../../domain/model/index.js';
import {
  dayIn,
  type PromiseStatus,
  promiseExplanation,
  promiseLedger,
} from '../../domain/promises/promise-ledger.js';
import type { Reason } from '../../domain/ranking/route.js';
import type { PromiseBook } from '../../store/graph-store.js';
import { StoreUnavailableError } from '../../store/store-errors.js';

/** What the account's promises say to the routes on a day: the broken ones, and the one to act on. */
export interface PromiseHistory {
  /** Attempt ids of the promises broken by that day (a promise's id is its attempt's). */
  broken: string[];
  /** The promise a collector acts on now: due tomorrow (confirm it), due today, or broken. */
  note?: Reason;
}

/** The promise a collector acts on first: due today, due tomorrow, then the latest broken one. */
function pressing(ledger: readonly PromiseStatus[]): PromiseStatus | undefined {
  const latest = (xs: PromiseStatus[]) =>
    xs.sort((a, b) => b.promise.madeAt.localeCompare(a.promise.madeAt))[0];
  return (
    latest(ledger.filter((s) => s.state === 'due')) ??
    latest(ledger.filter((s) => s.state === 'open' && s.reminder)) ??
    latest(ledger.filter((s) => s.state === 'broken'))
  );
}

/**
 * The account's promise ledger on `at`'s day in the debtor's zone, as the routes use it. A store
 * that keeps no promises (the Neo4j adapter) has none to break, so it answers an empty history.
 * @example const { broken, note } = await promiseHistory(store, account, 'Asia/Shanghai', at)
 */
export async function promiseHistory(
  book: Pick<PromiseBook, 'listPromises' | 'listPayments'>,
  account: Account,
  zone: string | undefined,
  at: Date,
): Promise<PromiseHistory> {
  let promises: Awaited<ReturnType<PromiseBook['listPromises']>>;
  let payments: Awaited<ReturnType<PromiseBook['listPayments']>>;
  try {
    [promises, payments] = await Promise.all([
      book.listPromises(account.id),
      book.listPayments(account.id),
    ]);
  } catch (error) {
    if (error instanceof StoreUnavailableError) return { broken: [] };
    throw error;
  }
  // Only promises taken by `at`: a later one is not yet history.
  const known = promises.filter((p) => Date.parse(p.madeAt) <= at.getTime());
  const ledger = promiseLedger(known, payments, dayIn(at, zone), zone);
  const broken = ledger.filter((s) => s.state === 'broken').map((s) => s.promise.id);
  const first = pressing(ledger);
  return first ? { broken, note: promiseExplanation(first) } : { broken };
}
