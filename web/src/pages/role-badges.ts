import { el } from '../dom.js';
import { t } from '../i18n.js';
import type { AccountRole } from '../types.js';

/** The words of each role: the debtor as the search has always said, the others as routes name them. */
const ROLE_WORD = {
  debtor: 'isDebtor',
  co_borrower: 'rel_co_borrower',
  guarantor: 'rel_guarantor',
} as const satisfies Record<AccountRole, string>;

/**
 * A person's roles on accounts as badges, one per role (债务人, 共同借款人, 担保人), or 联系人 when they
 * hold none: a guarantor is told apart from the debtor, which matters for what may be said to them.
 */
export function roleBadges(roles: readonly AccountRole[]): HTMLElement[] {
  if (roles.length === 0)
    return [el('span', { class: 'badge role', 'data-role': 'none' }, t('relatedPerson'))];
  return roles.map((role) =>
    el(
      'span',
      { class: `badge role ${role === 'debtor' ? 'stop' : 'warn'}`, 'data-role': role },
      t(ROLE_WORD[role]),
    ),
  );
}
