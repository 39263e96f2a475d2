import { nextDay, promiseLedger } from '../../domain/promises/promise-ledger.js';
import type { GraphReads, PromiseBook, WorklistIndex } from '../../store/graph-store.js';

/**
 * Keeps the worklist's promise column true for one account: the due date of its latest promise
 * while that promise is not kept (due today, tomorrow, or broken once past), none otherwise. The
 * latest promise stands for the account: a new promise after a broken one is what is followed up.
 */
export async function refreshPromiseDue(
  store: PromiseBook & WorklistIndex & GraphReads,
  accountId: string,
): Promise<void> {
  const promises = await store.listPromises(accountId);
  const latest = promises.reduce<(typeof promises)[number] | undefined>(
    (best, p) => (best === undefined || p.madeAt > best.madeAt ? p : best),
    undefined,
  );
  if (latest === undefined) return store.setWorklistPromise(accountId, undefined);
  const account = await store.getAccount(accountId);
  const debtor = account ? await store.getPerson(account.debtorId) : undefined;
  const zone = debtor?.timezone;
  const payments = await store.listPayments(accountId);
  // Kept or not is settled by the payments up to its day; judge it as on the day after.
  const today = nextDay(latest.dueDate);
  const status = promiseLedger(promises, payments, today, zone).find(
    (s) => s.promise.id === latest.id,
  );
  await store.setWorklistPromise(accountId, status?.state === 'kept' ? undefined : latest.dueDate);
}
