import type { Account } from '../../src/domain/model/index.js';

/**
 * An open CN cash loan 90-odd days past due in late 2026, with whatever the test sets: the
 * fields a test does not care about stay out of its way.
 * @example await store.upsertAccounts([testAccount({ id: 'A1', debtorId: 'D1', jurisdiction: 'US-CA', currency: 'USD' })])
 */
export function testAccount(fields: Pick<Account, 'id' | 'debtorId'> & Partial<Account>): Account {
  return {
    product: 'cash_loan',
    currency: 'CNY',
    principal: 1000,
    balance: 900,
    dueDate: '2026-08-01',
    jurisdiction: 'CN',
    status: 'open',
    ...fields,
  };
}
