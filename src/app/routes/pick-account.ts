import { type Account, workedAccount } from '../../domain/model/index.js';
import type { GraphReads } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';

/** Accounts the debtor owes (not those they only guarantee or co-borrow). */
export async function accountsOwedBy(store: GraphReads, debtorId: string): Promise<Account[]> {
  return (await store.accountsOf(debtorId))
    .filter((a) => a.role === 'debtor')
    .map((a) => a.account);
}

/**
 * The account routes are ranked for: the one asked for (it must be owed by the debtor), else the
 * debtor's open account with the largest balance (any status when none is open; ties by id).
 * @throws AppError invalid (account_not_of_debtor); not_found (no_account)
 */
export function pickAccount(owed: readonly Account[], accountId: string | undefined): Account {
  if (accountId !== undefined) {
    const account = owed.find((a) => a.id === accountId);
    if (!account)
      throw new AppError(
        'invalid',
        'account_not_of_debtor',
        'the account is not owed by this debtor',
      );
    return account;
  }
  const chosen = workedAccount(owed);
  if (!chosen)
    throw new AppError(
      'not_found',
      'no_account',
      'the person owes no account, so there is no debt to route for',
    );
  return chosen;
}
