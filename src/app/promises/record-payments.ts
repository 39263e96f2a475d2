import { futureDateExplanation, type Payment } from '../../domain/model/index.js';
import type {
  GraphReads,
  PromiseBook,
  Transactions,
  WorklistIndex,
} from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import { assertMinorUnit } from './minor-unit-error.js';
import { refreshPromiseDue } from './promise-upkeep.js';

/**
 * Records payments (each id once) and brings the worklist's promise state of their accounts up
 * to date, in one transaction. A payment on an unknown account, in another currency than the
 * account's, finer than the currency's minor unit, or received after now (beyond a day of clock
 * skew), is refused whole with the offending index.
 * @throws AppError account_not_found (not_found), payment_currency_mismatch, amount_finer_than_minor_unit, date_in_future (invalid)
 */
export async function recordPayments(
  deps: { store: Transactions; clock: () => Date },
  payments: Payment[],
): Promise<{ added: number }> {
  const now = deps.clock();
  for (const [i, p] of payments.entries())
    assertMinorUnit(`payments[${i}].amount`, p.amount, p.currency);
  for (const [i, p] of payments.entries()) {
    const future = futureDateExplanation(`payments[${i}].at`, p.at, now);
    if (future)
      throw new AppError('invalid', 'date_in_future', future.message, { params: future.params });
  }
  return deps.store.transaction(async (tx: PromiseBook & WorklistIndex & GraphReads) => {
    for (const [i, p] of payments.entries()) {
      const account = await tx.getAccount(p.accountId);
      if (!account)
        throw new AppError(
          'not_found',
          'account_not_found',
          `payments[${i}]: no account with id ${p.accountId}`,
          { params: { path: `payments[${i}]`, id: p.accountId } },
        );
      if (account.currency !== p.currency)
        throw new AppError(
          'invalid',
          'payment_currency_mismatch',
          `payments[${i}].currency: the payment is in ${p.currency}, but account ${p.accountId} is kept in ${account.currency}`,
          {
            params: {
              path: `payments[${i}].currency`,
              paymentCurrency: p.currency,
              accountCurrency: account.currency,
            },
          },
        );
    }
    const added = await tx.recordPayments(payments);
    for (const accountId of new Set(payments.map((p) => p.accountId)))
      await refreshPromiseDue(tx, accountId);
    return { added };
  });
}
