import type { Attempt } from '../../domain/model/index.js';
import type { GraphReads, PromiseBook, WorklistIndex } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import { assertMinorUnit } from './minor-unit-error.js';
import { refreshPromiseDue } from './promise-upkeep.js';

/**
 * After an outcome: stores the promise a `promise_to_pay` carries (its id is the attempt's, so
 * recording the outcome again replaces it), withdraws the attempt's promise when the outcome is
 * corrected to anything else (else a promise nobody made stays open and due on the worklist), and
 * marks the account for re-ranking on the worklist.
 * @throws AppError currency_mismatch, amount_finer_than_minor_unit (invalid)
 */
export async function keepPromise(
  tx: PromiseBook & WorklistIndex & GraphReads,
  attempt: Attempt,
  promise: { amount: number; dueDate: string; currency?: string } | undefined,
  madeAt: string,
): Promise<void> {
  await tx.markWorklistStale({ accountIds: [attempt.accountId] });
  if (attempt.outcome !== 'promise_to_pay') {
    if (await tx.withdrawPromise(attempt.id)) await refreshPromiseDue(tx, attempt.accountId);
    return;
  }
  if (promise === undefined) return;
  const account = await tx.getAccount(attempt.accountId);
  const currency = promise.currency ?? account?.currency;
  if (currency === undefined || (account !== undefined && account.currency !== currency))
    throw new AppError(
      'invalid',
      'currency_mismatch',
      `the promise must be in the account's currency${account ? ` (${account.currency})` : ''}`,
      {
        params: {
          path: 'none',
          kept: account?.currency ?? 'none',
          given: promise.currency ?? 'none',
        },
      },
    );
  assertMinorUnit('amount', promise.amount, currency);
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
