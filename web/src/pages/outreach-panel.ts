import { CHANNELS } from '../../../src/domain/model/vocabulary.js';
import { ApiFailure } from '../api.js';
import type { PageContext } from '../context.js';
import { decidedAt, decisionOf, decisionView } from '../decision-view.js';
import { el, formValues, replace } from '../dom.js';
import { t, tr } from '../i18n.js';
import { attemptIdTag, errorNotice, loading } from '../notice.js';
import { outcomeForm } from '../outcome-form.js';
import {
  closeOutcomePanel,
  keepOutcomePanel,
  type OutcomePanel,
  outcomePanelAt,
} from '../outcome-panels.js';
import {
  rememberSentRequest,
  requestKey,
  sentRequestLike,
  settleFailedRequest,
} from '../sent-requests.js';
import type { Decision, OutreachAccepted, Route } from '../types.js';
import type { DebtorView } from './debtor-view.js';

function defaultChannel(route: Route | undefined): string {
  if (!route) return 'sms';
  if (route.contact.kind === 'email') return 'email';
  if (route.contact.kind === 'address') return 'letter';
  return 'sms';
}

/**
 * The send panel: channel, recipient, message; "check" previews the guard, "send" goes through
 * outreach, then `reload` refreshes the routes. A route the collector chose is scrolled to; one
 * the page prefills (`scroll` false) is not.
 */
export function renderSendForm(
  ctx: PageContext,
  view: DebtorView,
  route: Route | undefined,
  reload: () => void,
  scroll = true,
): void {
  const result = el('div', { class: 'send-result', id: 'send-result' });
  const place = `debtor:${view.detail.person.id}`;
  const channel = defaultChannel(route);
  const form = el(
    'form',
    { class: 'send', id: 'send-form' },
    el(
      'div',
      { class: 'row' },
      el(
        'label',
        {},
        t('account'),
        el(
          'select',
          { name: 'accountId' },
          view.detail.accounts.map((a) =>
            el(
              'option',
              { value: a.account.id, selected: a.account.id === view.accountId },
              a.account.id,
            ),
          ),
        ),
      ),
      el(
        'label',
        {},
        t('channel'),
        el(
          'select',
          { name: 'channel' },
          CHANNELS.map((c) => el('option', { value: c, selected: c === channel }, tr('ch_', c))),
        ),
      ),
      el(
        'label',
        {},
        t('to'),
        el('input', { name: 'to', required: true, value: route?.contact.value ?? '' }),
      ),
      el(
        'label',
        {},
        t('recipientPerson'),
        el('input', {
          name: 'recipientPersonId',
          value: route?.recipient.personId ?? view.detail.person.id,
        }),
      ),
    ),
    el('label', { class: 'block' }, t('message'), el('textarea', { name: 'message', rows: 3 })),
    el(
      'div',
      { class: 'row' },
      el('button', { type: 'button', class: 'check' }, t('check')),
      el('button', { type: 'submit', class: 'primary send-button' }, t('sendAction')),
    ),
  );
  const button = form.querySelector<HTMLButtonElement>('button.send-button');
  // One send per request: the button is off while a send is on its way and after it is accepted,
  // until the request changes; an edited request is a new send with a new idempotency key
  // (sent-requests.ts keeps each request's key and whether it was sent).
  let sending = false;
  let sent = false;
  const settle = (): void => {
    if (button) button.disabled = sending || sent;
  };
  form.addEventListener('input', () => {
    // A request the collector has begun is theirs: the page no longer prefills over it.
    form.dataset.edited = 'true';
    // The form drawn again (in the other language) with the draft of the request it sent holds
    // that request still: it stays sent.
    sent = sentRequestLike(place, request()) !== undefined;
    settle();
  });
  const request = (): Record<string, string> => {
    const v = formValues(form);
    const out: Record<string, string> = {
      accountId: v.accountId ?? '',
      channel: v.channel ?? 'sms',
      to: v.to ?? '',
    };
    if (v.recipientPersonId) out.recipientPersonId = v.recipientPersonId;
    if (v.message) out.message = v.message;
    return out;
  };
  form.querySelector('button.check')?.addEventListener('click', () => {
    if (!form.reportValidity()) return;
    const body = request();
    replace(result, loading());
    ctx.api.post<Decision | { decision: Decision; at?: string }>('/v1/guard/check', body).then(
      (answer) =>
        replace(result, decisionView(decisionOf(answer), body.message, decidedAt(answer))),
      (error: unknown) => replace(result, errorNotice(error)),
    );
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending || sent) return;
    const values = request();
    const idempotencyKey = requestKey(place, values);
    const body: Record<string, string> = { ...values, idempotencyKey };
    sending = true;
    settle();
    replace(result, loading());
    ctx.api
      .post<OutreachAccepted>('/v1/outreach', body)
      .then(
        (receipt) => {
          // Unless it was edited meanwhile, this request is sent: clicking again would send it twice.
          rememberSentRequest(place, { values, idempotencyKey });
          sent = sentRequestLike(place, request()) !== undefined;
          const show = sentPanel(ctx, place, receipt);
          keepOutcomePanel(place, show);
          show(result, reload);
          reload();
        },
        (error: unknown) => {
          settleFailedRequest(place, error);
          if (
            error instanceof ApiFailure &&
            error.code === 'guard_denied' &&
            isDecision(error.details)
          ) {
            replace(result, decisionView(error.details, body.message));
          } else replace(result, errorNotice(error));
        },
      )
      .finally(() => {
        sending = false;
        settle();
      });
  });
  replace(view.sendBox, form, result);
  // Drawn again as it was sent (prefilled, nothing typed), the request is still the one sent.
  sent = sentRequestLike(place, request()) !== undefined;
  settle();
  // An attempt sent from this page before it was drawn again (in the other language) still awaits its outcome.
  outcomePanelAt(place)?.(result, reload);
  if (route && scroll) form.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

/** The sent notice and the outcome form for an attempt sent from the debtor page at `place`. */
function sentPanel(ctx: PageContext, place: string, receipt: OutreachAccepted): OutcomePanel {
  return (box, reload) =>
    replace(
      box,
      el(
        'div',
        { class: 'notice ok', id: 'sent' },
        t('sent', {
          status: tr('dispatch_', receipt.dispatch.status),
          provider: tr('provider_', receipt.dispatch.provider),
        }),
        ' ',
        attemptIdTag(receipt.attemptId),
      ),
      outcomeForm(ctx, receipt.attemptId, () => {
        closeOutcomePanel(place);
        reload();
      }),
    );
}

function isDecision(value: unknown): value is Decision {
  return (
    !!value &&
    typeof value === 'object' &&
    'outcome' in value &&
    Array.isArray((value as { rules?: unknown }).rules)
  );
}
