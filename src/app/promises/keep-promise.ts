import type { Attempt } from '../../domain/model/index.js';
import type { GraphReads, PromiseBook, WorklistIndex } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import { refreshPromiseDue } from './promise-upkeep.js';

/**
 * After an outcome: stores the promise a `promise_to_pay` carries (its id is the attempt's, so
 * recording the outcome again replaces it), and marks the account for re-ranking on the worklist.
 * @throws AppError currency_mismatch (bad_request)
 */
export async function keepPromise(
  tx: PromiseBook & WorklistIndex & GraphReads,
  attempt: Attempt,
  promise: { amount: number; dueDate: string; currency?: string } | undefined,
  madeAt: string,
): Promise<void> {
  await tx.markWorklistStale({ accountIds: [attempt.accountId] });
  if (promise === undefined || attempt.outcome !== 'promise_to_pay') return;
  const account = await tx.getAccount(attempt.accountId);
  const currency = promise.currency ?? account?.currency;
  if (currency === undefined || (account !== undefined && account.currency !== currency))
    throw new AppError(
      'invalid',
      'currency_mismatch',
      `the promise must be in the account's currency${account ? ` (${account.currency})` : ''}`,
    );
  await tx.putPromise({
    id: attempt.id,
    accountId: attempt.accountId,
    amount: promise.amount,
    currency,
    dueDate: promise.dueDate,
    madeAt,
  });
  await refreshPromiseDue(tx, attempt.accountId);
}
