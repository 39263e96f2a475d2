import type { PageContext } from '../context.js';
import { el, formValues, replace } from '../dom.js';
import { localWhen } from '../explain.js';
import { t, tr } from '../i18n.js';
import { dayBound } from '../local-day.js';
import { errorNotice, loading } from '../notice.js';
import type { AuditRecord } from '../types.js';
import { dateInput } from './date-range.js';
import { outcomeBadge, ruleList } from './verdict-cells.js';

/** The audit log, filtered by account, debtor and dates; loads at once. */
export function auditView(ctx: PageContext): HTMLElement {
  const table = el('div', { class: 'audit-table table-scroll' });
  const form = el(
    'form',
    { class: 'row', id: 'audit-filter' },
    el('label', {}, t('account'), el('input', { name: 'accountId' })),
    el('label', {}, t('debtor'), el('input', { name: 'debtorId' })),
    el('label', {}, t('from'), dateInput('from', -30)),
    el('label', {}, t('until'), dateInput('to', 0)),
    el('button', { type: 'submit', class: 'primary' }, t('filter')),
  );
  const load = (): void => {
    const v = formValues(form);
    replace(table, loading());
    ctx.api
      .get<{ records: AuditRecord[] }>('/v1/audit', {
        accountId: v.accountId,
        debtorId: v.debtorId,
        from: dayBound(v.from, false),
        to: dayBound(v.to, true),
      })
      .then(
        (res) => replace(table, auditTable(res.records)),
        (error: unknown) => replace(table, errorNotice(error)),
      );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  load();
  return el('div', {}, form, table);
}

function auditTable(records: readonly AuditRecord[]): HTMLElement {
  if (records.length === 0) return el('p', { class: 'muted' }, t('none'));
  return el(
    'table',
    { class: 'audit' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, t('time')),
        el('th', {}, t('kind')),
        el('th', {}, t('account')),
        el('th', {}, t('channel')),
        el('th', {}, t('decision')),
        el('th', {}, t('rules')),
        el('th', {}, t('version')),
        el('th', {}, t('actor')),
      ),
    ),
    el(
      'tbody',
      {},
      records.map((r) =>
        el(
          'tr',
          { class: 'audit-row' },
          el('td', {}, localWhen(r.at)),
          el('td', {}, tr('auditKind_', r.kind)),
          el('td', {}, el('code', {}, r.accountId)),
          el('td', {}, r.kind === 'purge' ? '' : tr('ch_', r.channel)),
          el('td', {}, outcomeBadge(r.outcome)),
          el('td', { class: 'rules' }, ruleList(r.rules)),
          el('td', {}, el('code', { class: 'hash' }, r.policyVersion)),
          el('td', { class: 'actor' }, actorLabel(r.actor ?? '')),
        ),
      ),
    ),
  );
}

/**
 * An audit record's actor as a reader says it: the service labels a key by its role and its last
 * characters ("collector…ctor"); the role is worded in the page's language, as is the demo's own actor.
 */
function actorLabel(actor: string): string {
  // The checks the demo database is set up with (src/demo/demo-decisions.ts) ask as `demo`.
  if (actor === 'demo') return t('actorDemo');
  const label = /^([a-z]+)…(.+)$/.exec(actor);
  if (label === null) return actor;
  return t('actorKey', { role: tr('role_', label[1] ?? ''), tail: label[2] ?? '' });
}
