import { describe, expect, it } from 'vitest';
import { AccountRole, accountRoleList } from '../../../src/domain/model/index.js';

describe('account roles', () => {
  it('lists roles once each, the debtor first, then co-borrower, then guarantor', () => {
    expect(accountRoleList(['guarantor', 'debtor', 'guarantor', 'co_borrower'])).toEqual([
      'debtor',
      'co_borrower',
      'guarantor',
    ]);
    expect(accountRoleList(['guarantor', 'guarantor'])).toEqual(['guarantor']);
    expect(accountRoleList([])).toEqual([]);
  });

  it('names only the three ways to be party to an account', () => {
    expect(AccountRole.options).toEqual(['debtor', 'co_borrower', 'guarantor']);
    expect(AccountRole.safeParse('reference').success).toBe(false);
  });
});
