import { workedAccount } from '../../../src/domain/model/worked-account.js';
import { el } from '../dom.js';
import { termOf } from '../explain.js';
import { money, t, tr } from '../i18n.js';
import { stageOf } from '../stage.js';
import type { PersonDetail } from '../types.js';
import type { DebtorView } from './debtor-view.js';

/**
 * The account the page opens on: the one asked for (`?account=`, from a worklist row) when the
 * person is party to it, else the one the service ranks their routes for (the open account they
 * owe with the largest balance), else their first.
 */
export function firstAccount(detail: PersonDetail, asked?: string): string | undefined {
  if (asked !== undefined && detail.accounts.some((a) => a.account.id === asked)) return asked;
  const owed = detail.accounts.filter((a) => a.role === 'debtor').map((a) => a.account);
  return (workedAccount(owed) ?? detail.accounts[0]?.account)?.id;
}

/** The debtor's accounts, one radio each; choosing one sets `view.accountId` and calls `onSelect`. */
export function accountsTable(view: DebtorView, onSelect: () => void): HTMLElement {
  if (view.detail.accounts.length === 0) return el('p', { class: 'muted' }, t('none'));
  return el(
    'table',
    { class: 'accounts' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, ''),
        el('th', {}, t('account')),
        el('th', {}, t('accountRole')),
        el('th', {}, t('product')),
        el('th', { class: 'num' }, t('balance')),
        el('th', { class: 'num' }, t('daysPastDue')),
        el('th', {}, t('stage')),
        el('th', {}, t('jurisdiction')),
        el('th', {}, t('status')),
      ),
    ),
    el(
      'tbody',
      {},
      view.detail.accounts.map(({ account, role, daysPastDue }) => {
        const radio = el('input', {
          type: 'radio',
          name: 'account',
          value: account.id,
          checked: account.id === view.accountId,
          'aria-label': account.id,
        });
        radio.addEventListener('change', () => {
          view.accountId = account.id;
          onSelect();
        });
        return el(
          'tr',
          {},
          el('td', {}, radio),
          el('td', {}, el('code', {}, account.id)),
          el('td', {}, tr('accRole_', role)),
          el('td', {}, termOf('product', account.product)),
          el('td', { class: 'num' }, money(account.balance, account.currency)),
          el('td', { class: 'num' }, daysPastDue),
          el(
            'td',
            {},
            el(
              'span',
              { class: `badge stage-${stageOf(daysPastDue)}` },
              tr('stage_', stageOf(daysPastDue)),
            ),
          ),
          el('td', {}, account.jurisdiction),
          el('td', {}, termOf('accountStatus', account.status)),
        );
      }),
    ),
  );
}
