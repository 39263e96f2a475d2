import { OUTCOMES } from '../../src/domain/model/vocabulary.js';
import type { PageContext } from './context.js';
import { el, formValues, replace } from './dom.js';
import { t, tr } from './i18n.js';
import { learntOf } from './learnt.js';
import { incompleteAddress, learntFields } from './learnt-fields.js';
import { errorNotice } from './notice.js';

/** Tomorrow as YYYY-MM-DD in the browser's zone: the usual promise date. */
function tomorrow(): string {
  const d = new Date(Date.now() + 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** What the form knows of the account: its currency and country, the defaults for a promise and an address. */
export interface OutcomeDefaults {
  currency?: string;
  country?: string;
}

/**
 * The outcome of an attempt: what happened, a note, what the collector learnt (a new number,
 * address or employer, and who said so), and for a promise to pay its amount, currency and date
 * (shown only then); posts to /v1/attempts/{id}/outcome.
 * @example panel.append(outcomeForm(ctx, receipt.attemptId, reload, { currency: 'CNY', country: 'CN' }))
 */
export function outcomeForm(
  ctx: PageContext,
  attemptId: string,
  onRecorded: () => void,
  defaults: OutcomeDefaults = {},
): HTMLElement {
  const status = el('div', { class: 'outcome-status' });
  const promise = el(
    'div',
    { class: 'row promise-fields', hidden: true },
    el(
      'label',
      {},
      t('promiseAmount'),
      el('input', { name: 'amount', type: 'number', min: 0.01, step: 0.01 }),
    ),
    el(
      'label',
      {},
      t('promiseCurrency'),
      el('input', {
        name: 'currency',
        maxlength: 3,
        size: 4,
        value: defaults.currency ?? '',
        pattern: '[A-Za-z]{3}',
      }),
    ),
    el(
      'label',
      {},
      t('promiseDue'),
      el('input', { name: 'dueDate', type: 'date', value: tomorrow() }),
    ),
  );
  const select = el(
    'select',
    { name: 'outcome' },
    OUTCOMES.map((o) => el('option', { value: o }, tr('oc_', o))),
  );
  select.addEventListener('change', () => {
    promise.hidden = select.value !== 'promise_to_pay';
  });
  const submit = el('button', { type: 'submit', class: 'primary' }, t('record'));
  const form = el(
    'form',
    { class: 'outcome', id: 'outcome-form', 'data-draft-key': attemptId },
    el('h4', {}, t('recordOutcome')),
    el(
      'div',
      { class: 'row' },
      el('label', {}, t('outcome'), select),
      el('label', { class: 'grow' }, t('note'), el('input', { name: 'note', maxlength: 500 })),
      submit,
    ),
    promise,
    learntFields(defaults.country ?? ''),
    status,
  );
  // One outcome per attempt: no second request while one is on its way, and none once it is recorded.
  let busy = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    const v = formValues(form);
    const body: Record<string, unknown> = { outcome: v.outcome ?? '' };
    if (v.note) body.note = v.note;
    const reading = learntOf(v);
    if (!('learnt' in reading)) {
      replace(status, incompleteAddress(form, reading.missing));
      return;
    }
    if (reading.learnt) body.learnt = reading.learnt;
    if (v.outcome === 'promise_to_pay') {
      if (!v.amount || !v.dueDate) {
        replace(status, el('div', { class: 'notice warn' }, t('promiseNeeded')));
        return;
      }
      body.amount = Number(v.amount);
      body.dueDate = v.dueDate;
      if (v.currency) body.currency = v.currency.toUpperCase();
    }
    busy = true;
    submit.disabled = true;
    replace(status);
    ctx.api.post(`/v1/attempts/${encodeURIComponent(attemptId)}/outcome`, body).then(
      () => {
        // The form gives its place to the confirmation: what was recorded cannot be sent again.
        replace(
          form,
          el('h4', {}, t('recordOutcome')),
          el(
            'div',
            { class: 'notice ok', role: 'status' },
            t('outcomeRecordedAs', { outcome: tr('oc_', body.outcome as string) }),
          ),
        );
        form.classList.add('recorded');
        onRecorded();
      },
      (error: unknown) => {
        busy = false;
        submit.disabled = false;
        replace(status, errorNotice(error));
      },
    );
  });
  return form;
}
