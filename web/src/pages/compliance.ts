import { CHANNELS } from '../../../src/domain/model/vocabulary.js';
import type { PageContext } from '../context.js';
import { decidedAt, decisionOf, decisionView } from '../decision-view.js';
import { el, formValues, replace } from '../dom.js';
import { t, tr } from '../i18n.js';
import { errorNotice, loading } from '../notice.js';
import type { Decision } from '../types.js';
import { auditView } from './audit-view.js';
import { denialsView } from './denials-view.js';
import { loadPolicies } from './policies-view.js';
import { renderSimulation } from './simulation-view.js';

/** The compliance officer's page: policies and load errors, try a message, the audit log, policy simulation. */
export function compliancePage(ctx: PageContext, root: HTMLElement): void {
  const policiesBox = el('div', { id: 'policies' }, loading());
  const simulateBox = el('section', { class: 'card', id: 'simulate' });
  replace(
    root,
    el('section', { class: 'card' }, el('h2', {}, t('policies')), policiesBox),
    el(
      'section',
      { class: 'card', id: 'try' },
      el('h2', {}, t('tryMessage')),
      el('p', { class: 'muted small' }, t('tryHelp')),
      tryForm(ctx),
    ),
    el(
      'section',
      { class: 'card', id: 'denials' },
      el('h2', {}, t('denialsTitle')),
      el('p', { class: 'muted small' }, t('denialsHelp')),
      denialsView(ctx),
    ),
    simulateBox,
    el('section', { class: 'card', id: 'audit' }, el('h2', {}, t('audit')), auditView(ctx)),
  );
  renderSimulation(ctx, simulateBox);
  void loadPolicies(ctx, policiesBox);
}

function tryForm(ctx: PageContext): HTMLElement {
  const result = el('div', { class: 'try-result', id: 'try-result' });
  const form = el(
    'form',
    { class: 'try', id: 'try-form' },
    el(
      'div',
      { class: 'row' },
      el('label', {}, t('account'), el('input', { name: 'accountId', required: true })),
      el(
        'label',
        {},
        t('channel'),
        el(
          'select',
          { name: 'channel' },
          CHANNELS.map((c) => el('option', { value: c, selected: c === 'sms' }, tr('ch_', c))),
        ),
      ),
      el('label', {}, t('to'), el('input', { name: 'to', required: true })),
      el('label', {}, t('recipientPerson'), el('input', { name: 'recipientPersonId' })),
      el('label', {}, t('at'), el('input', { name: 'at', type: 'datetime-local' })),
    ),
    el('label', { class: 'block' }, t('message'), el('textarea', { name: 'message', rows: 3 })),
    el('button', { type: 'submit', class: 'primary' }, t('check')),
    result,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const v = formValues(form);
    const body: Record<string, string> = {
      accountId: v.accountId ?? '',
      channel: v.channel ?? 'sms',
      to: v.to ?? '',
    };
    if (v.recipientPersonId) body.recipientPersonId = v.recipientPersonId;
    if (v.message) body.message = v.message;
    if (v.at) body.at = new Date(v.at).toISOString();
    replace(result, loading());
    ctx.api.post<Decision | { decision: Decision; at?: string }>('/v1/guard/check', body).then(
      (answer) =>
        replace(result, decisionView(decisionOf(answer), body.message, decidedAt(answer))),
      (error: unknown) => replace(result, errorNotice(error)),
    );
  });
  return form;
}
