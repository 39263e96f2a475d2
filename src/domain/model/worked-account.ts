import type { Account } from './account.js';

/**
 * The account a debtor's routes are worked for when none is named: the open account with the
 * largest balance (any status when none is open; ties by id), so the service and the workbench
 * start from the same one.
 * @example workedAccount(owed)?.id // 'ACC-CN-016-2'
 */
export function workedAccount<A extends Pick<Account, 'id' | 'balance' | 'status'>>(
  owed: readonly A[],
): A | undefined {
  const byBalance = (a: A, b: A): number =>
    b.balance - a.balance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const open = owed.filter((a) => a.status === 'open').sort(byBalance);
  return open[0] ?? [...owed].sort(byBalance)[0];
}
