import { addressLabel } from '../../../src/messages/address-label.js';
import { phoneDisplay } from '../../../src/messages/phone-display.js';
import { ApiFailure } from '../api.js';
import type { PageContext } from '../context.js';
import { decisionView } from '../decision-view.js';
import { el, replace } from '../dom.js';
import { explain, localZone, nextAllowedText, zonesOf } from '../explain.js';
import { hashOf } from '../hash-route.js';
import { money, t, tr } from '../i18n.js';
import { attemptIdTag, errorNotice, loading } from '../notice.js';
import { outcomeForm } from '../outcome-form.js';
import {
  closeOutcomePanel,
  keepOutcomePanel,
  type OutcomePanel,
  outcomePanelAt,
} from '../outcome-panels.js';
import { contactKey } from '../route-paths.js';
import {
  rememberSentRequest,
  requestKey,
  sentRequestLike,
  settleFailedRequest,
} from '../sent-requests.js';
import type {
  Decision,
  OutreachAccepted,
  WorklistApart,
  WorklistItem,
  WorklistPage,
} from '../types.js';
import { reasonsBesidePromise } from '../worklist-reasons.js';
import { contactLabel } from './contact-label.js';

/** Where the worklist's open outcome panel is kept across a redraw. */
const WORKLIST_PANEL = 'worklist';

/** Rows a page of the worklist shows. */
const PAGE_SIZE = 20;

/** The jurisdiction's country ("US-MA" → "US"): the default for an address learnt in the call. */
function countryOf(jurisdiction: string): string {
  return jurisdiction.slice(0, 2);
}

/** The debtor's page opened on the row's account (a debtor may owe several). */
function debtorAddress(debtorId: string, accountId: string): string {
  return hashOf(['debtors', debtorId], { account: accountId });
}

function debtorLink(
  ctx: PageContext,
  debtorId: string,
  name: string,
  accountId: string,
): HTMLElement {
  const address = debtorAddress(debtorId, accountId);
  return el(
    'a',
    {
      href: address,
      class: 'open-debtor',
      onclick: (e: Event) => {
        e.preventDefault();
        ctx.go(address);
      },
    },
    name,
    ' ',
    el('code', { class: 'muted' }, debtorId),
  );
}

/** Where a row's call or message is kept as sent across a redraw: one place per account. */
function rowPlace(item: WorklistItem): string {
  return `worklist:${item.accountId}`;
}

/**
 * The row's request as it is the same one across a redraw: its account and route (a message's
 * default wording, which follows the language, is no part of it).
 */
function rowRequest(item: WorklistItem): Record<string, string> {
  const r = item.route;
  return {
    accountId: item.accountId,
    channel: r.channel,
    to: r.contact.value,
    recipientPersonId: r.recipientPersonId,
  };
}

/**
 * Calls or sends to the row's best route through the guard (`POST /v1/outreach`, one idempotency
 * key per row's request until the service answers it, see sent-requests.ts), then shows the outcome form in the action panel (`reload` refreshes the list once
 * the outcome is recorded); a denial shows every rule.
 */
function act(
  ctx: PageContext,
  item: WorklistItem,
  panel: HTMLElement,
  reload: () => void,
  button: HTMLButtonElement,
): void {
  const route = item.route;
  // One call or message per click: the row's button stays off while it goes and once it went.
  if (button.disabled) return;
  button.disabled = true;
  const place = rowPlace(item);
  const values = rowRequest(item);
  const idempotencyKey = requestKey(place, values);
  const body: Record<string, string> = { ...values, idempotencyKey };
  if (route.channel !== 'call') body.message = t('defaultSms');
  replace(panel, el('h3', {}, item.debtorName, ' ', el('code', {}, item.accountId)), loading());
  panel.hidden = false;
  ctx.api.post<OutreachAccepted>('/v1/outreach', body).then(
    (receipt) => {
      // Drawn again (in the other language, or after the outcome), the row stays called.
      rememberSentRequest(place, { values, idempotencyKey });
      const show: OutcomePanel = (box, reloadNow) =>
        replace(
          box,
          el('h3', {}, item.debtorName, ' ', el('code', {}, item.accountId)),
          el(
            'div',
            { class: 'notice ok', id: 'sent' },
            t(route.channel === 'call' ? 'callPlaced' : 'sent', {
              status: tr('dispatch_', receipt.dispatch.status),
              provider: tr('provider_', receipt.dispatch.provider),
              to: phoneDisplay(route.contact.value),
            }),
            ' ',
            attemptIdTag(receipt.attemptId),
          ),
          outcomeForm(
            ctx,
            receipt.attemptId,
            () => {
              closeOutcomePanel(WORKLIST_PANEL);
              reloadNow();
            },
            { currency: item.currency, country: countryOf(item.jurisdiction) },
          ),
        );
      keepOutcomePanel(WORKLIST_PANEL, show);
      show(panel, reload);
    },
    (error: unknown) => {
      settleFailedRequest(place, error);
      button.disabled = false;
      const denied =
        error instanceof ApiFailure && error.code === 'guard_denied' && error.details
          ? decisionView(error.details as Decision, body.message)
          : errorNotice(error);
      replace(panel, el('h3', {}, item.debtorName, ' ', el('code', {}, item.accountId)), denied);
    },
  );
  panel.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function itemRow(
  ctx: PageContext,
  item: WorklistItem,
  now: Date,
  onAct: (button: HTMLButtonElement) => void,
): HTMLElement {
  const r = item.route;
  // An address route names the address by its id; the row shows its street and city, as the debtor's page does.
  const words = r.address ? addressLabel(r.address) : undefined;
  const labels = new Map(words === undefined ? [] : [[contactKey(r), words]]);
  return el(
    'tr',
    { class: 'work-item', 'data-account': item.accountId },
    el('td', {}, debtorLink(ctx, item.debtorId, item.debtorName, item.accountId)),
    el(
      'td',
      {},
      el('code', {}, item.accountId),
      el(
        'div',
        { class: 'muted small' },
        `${money(item.balance, item.currency)} · ${tr('stage_', item.stage)}`,
      ),
    ),
    el(
      'td',
      {},
      el('span', { class: 'muted small' }, tr('ch_', r.channel)),
      ' ',
      contactLabel(r.contact, labels),
      el(
        'div',
        { class: 'muted small' },
        `${r.recipientName ?? r.recipientPersonId} · ${tr('rel_', r.relation)} · ${Math.round(r.score * 100)}%`,
      ),
    ),
    el(
      'td',
      {},
      el(
        'ul',
        { class: 'reasons' },
        item.promise
          ? el('li', { class: `promise promise-${item.promise.state}` }, explain(item.promise))
          : null,
        reasonsBesidePromise(item).map((w) => el('li', { 'data-code': w.code }, explain(w))),
        item.betterRouteOpensAt
          ? el(
              'li',
              { class: 'muted' },
              t('betterRouteOpens', { time: nextAllowedText(item.betterRouteOpensAt, [], now) }),
            )
          : null,
      ),
    ),
    el(
      'td',
      {},
      // A visit needs its plan (who goes, whether it is recorded) and an email its text, which the
      // guard checks: both are made on the debtor's page.
      r.channel === 'visit' || r.channel === 'email'
        ? el(
            'button',
            {
              type: 'button',
              class: `act ${r.channel === 'visit' ? 'plan-visit' : 'write-message'}`,
              onclick: () => ctx.go(debtorAddress(item.debtorId, item.accountId)),
            },
            t(r.channel === 'visit' ? 'planVisit' : 'writeMessage'),
          )
        : el(
            'button',
            {
              type: 'button',
              class: 'primary act',
              disabled: sentRequestLike(rowPlace(item), rowRequest(item)) !== undefined,
              onclick: (e: Event) => onAct(e.currentTarget as HTMLButtonElement),
            },
            r.channel === 'call' ? t('callNow') : t('sendNow'),
          ),
    ),
  );
}

function apartRow(ctx: PageContext, a: WorklistApart, now: Date): HTMLElement {
  const zones = a.rules.flatMap((r) => zonesOf(r.params));
  return el(
    'li',
    { class: 'apart-item', 'data-account': a.accountId },
    debtorLink(ctx, a.debtorId, a.debtorName, a.accountId),
    ' ',
    el('code', {}, a.accountId),
    ' ',
    el('span', {}, explain(a)),
    a.opensAt ? el('div', { class: 'next opens' }, nextAllowedText(a.opensAt, zones, now)) : null,
    a.promise
      ? el('div', { class: `promise promise-${a.promise.state}` }, explain(a.promise))
      : null,
    a.rules.length > 0
      ? el(
          'ul',
          { class: 'reasons' },
          a.rules.map((r) => el('li', {}, el('code', {}, r.id), ' ', explain(r))),
        )
      : null,
  );
}

/**
 * The collector's home: whom to contact now (what is due first, then who the guard allows now),
 * each row one click from a call or a message through the guard and then the outcome form; the
 * accounts nobody may contact now listed apart with when they open, in the recipient's and the
 * collector's time. `at` (from `#/worklist?at=`) shows the list as of another moment, e.g. tomorrow's.
 */
export function worklistPage(ctx: PageContext, root: HTMLElement, at?: string): void {
  const items = el('tbody', {});
  const apart = el('ul', { class: 'apart', id: 'worklist-apart' });
  const panel = el('section', { class: 'card action-panel', id: 'worklist-action', hidden: true });
  const more = el('div', { class: 'more' });
  const status = el('div', {}, loading());
  let seen = 0;
  // `fresh`: the list again from its first page (after an outcome), replacing the rows shown.
  const load = (cursor?: string, fresh = false): void => {
    const query = { limit: PAGE_SIZE, cursor, at, tz: localZone() };
    ctx.api.get<WorklistPage>('/v1/worklist', query).then(
      (page) => {
        replace(status);
        if (fresh) {
          replace(items);
          replace(apart);
          seen = 0;
        }
        // Times open relative to the list's own moment (the service's clock, or `at`).
        const now = new Date(page.at);
        for (const item of page.items)
          items.append(itemRow(ctx, item, now, (button) => act(ctx, item, panel, refresh, button)));
        for (const a of page.apart) apart.append(apartRow(ctx, a, now));
        seen += page.items.length + page.apart.length;
        if (seen === 0) replace(status, el('p', { class: 'muted' }, t('worklistEmpty')));
        replace(
          more,
          page.nextCursor
            ? el(
                'button',
                { type: 'button', onclick: () => load(page.nextCursor) },
                t('worklistMore'),
              )
            : null,
        );
      },
      (error: unknown) => replace(status, errorNotice(error)),
    );
  };
  const refresh = (): void => load(undefined, true);
  replace(
    root,
    el(
      'section',
      { class: 'card' },
      el('h2', {}, t('worklistTitle')),
      el('p', { class: 'muted small' }, t('worklistHelp')),
      status,
      el(
        'table',
        { class: 'worklist', id: 'worklist' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', {}, t('debtor')),
            el('th', {}, t('account')),
            el('th', {}, t('bestRoute')),
            el('th', {}, t('reasons')),
            el('th', {}, ''),
          ),
        ),
        items,
      ),
      more,
    ),
    panel,
    el('section', { class: 'card' }, el('h3', {}, t('worklistApart')), apart),
  );
  load();
  // A call placed before the page was drawn again (in the other language) still awaits its outcome.
  const waiting = outcomePanelAt(WORKLIST_PANEL);
  if (waiting) {
    panel.hidden = false;
    waiting(panel, refresh);
  }
}
