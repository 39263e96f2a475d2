import type { Payment, PromiseToPay } from '../../domain/model/index.js';
import {
  dayIn,
  type PromiseState,
  promiseExplanation,
  promiseLedger,
} from '../../domain/promises/promise-ledger.js';
import type { GraphReads, PromiseBook } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';

/** One promise on the ledger: its terms, what was paid towards it, its state and why. */
export interface PromiseLine extends PromiseToPay {
  state: PromiseState;
  paid: number;
  short: number;
  reminder: boolean;
  paymentIds: string[];
  code: string;
  params: Record<string, string | number>;
}

/** An account's promise ledger on a day. */
export interface PromiseLedgerView {
  accountId: string;
  at: string;
  /** The day the states are for, in the debtor's zone (UTC when unknown). */
  today: string;
  promises: PromiseLine[];
  payments: Payment[];
}

/**
 * The promises taken on an account with their states at `at` (kept, partly kept, broken, due,
 * open), each with the code and parameters of its explanation, and the payments received.
 * @throws AppError account_not_found (not_found)
 */
export async function promiseLedgerOf(
  deps: { store: PromiseBook & GraphReads },
  accountId: string,
  at: Date,
): Promise<PromiseLedgerView> {
  const account = await deps.store.getAccount(accountId);
  if (!account)
    throw new AppError('not_found', 'account_not_found', `no account with id ${accountId}`, {
      params: { path: 'none', id: accountId },
    });
  const debtor = await deps.store.getPerson(account.debtorId);
  const zone = debtor?.timezone;
  const today = dayIn(at, zone);
  const [promises, payments] = await Promise.all([
    deps.store.listPromises(accountId),
    deps.store.listPayments(accountId),
  ]);
  const lines = promiseLedger(promises, payments, today, zone).map((s) => ({
    ...s.promise,
    state: s.state,
    paid: s.paid,
    short: s.short,
    reminder: s.reminder,
    paymentIds: s.paymentIds,
    ...promiseExplanation(s),
  }));
  return { accountId, at: at.toISOString(), today, promises: lines, payments };
}
