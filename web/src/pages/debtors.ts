import { can, type PageContext } from '../context.js';
import { el, replace } from '../dom.js';
import { zoneLabel } from '../explain.js';
import { graphLegend } from '../graph-view.js';
import { t } from '../i18n.js';
import { errorNotice, loading } from '../notice.js';
import type { PersonDetail, Route } from '../types.js';
import { accountsTable, firstAccount } from './debtor-accounts.js';
import { loadRoutes } from './debtor-routes-view.js';
import type { DebtorView } from './debtor-view.js';
import { flagBadges } from './flag-badges.js';
import { renderSendForm } from './outreach-panel.js';

/** One debtor: flags, accounts, ranked routes with the guard's verdict, the picture, and send/record actions. */
export async function debtorPage(
  ctx: PageContext,
  root: HTMLElement,
  id: string,
  askedAccount?: string,
): Promise<void> {
  replace(root, loading());
  let detail: PersonDetail;
  try {
    detail = await ctx.api.get<PersonDetail>(`/v1/persons/${encodeURIComponent(id)}`);
  } catch (error) {
    replace(root, errorNotice(error));
    return;
  }
  const view: DebtorView = {
    detail,
    accountId: firstAccount(detail, askedAccount),
    routes: [],
    graphBox: el('div', { class: 'graph', id: 'graph' }),
    routesBox: el('div', { class: 'routes-box' }),
    sendBox: el('div', { class: 'send-box' }),
  };
  const reload = (): void => void loadRoutes(ctx, view, useRoute);
  const useRoute = (route: Route | undefined): void => renderSendForm(ctx, view, route, reload);
  const person = detail.person;
  replace(
    root,
    el(
      'section',
      { class: 'card debtor-head' },
      el('h2', { id: 'debtor-name' }, person.name, ' ', el('code', { class: 'muted' }, person.id)),
      el('div', {}, el('span', { class: 'label' }, `${t('flags')}: `), flagBadges(person.flags)),
      person.timezone ? el('div', { class: 'muted small' }, zoneLabel(person.timezone)) : null,
    ),
    el('section', { class: 'card' }, el('h3', {}, t('accounts')), accountsTable(view, reload)),
    el(
      'section',
      { class: 'card' },
      el('h3', {}, t('routesFor', { name: person.name })),
      el('p', { class: 'muted small' }, t('routesHelp')),
      view.routesBox,
    ),
    el(
      'div',
      { class: can(ctx.role, 'send') ? 'split send-split' : '' },
      can(ctx.role, 'send')
        ? el('section', { class: 'card' }, el('h3', {}, t('sendTitle')), view.sendBox)
        : null,
      el(
        'section',
        { class: 'card graph-card' },
        el('h3', {}, t('graph')),
        el('p', { class: 'muted small' }, t('graphHelp')),
        graphLegend(),
        view.graphBox,
      ),
    ),
  );
  if (can(ctx.role, 'send')) useRoute(undefined);
  await loadRoutes(ctx, view, useRoute);
  // The form starts from the first route the guard allows now (for a deceased debtor, the estate's
  // executor), not from the page's person, unless the collector has begun a request meanwhile.
  const first = view.routes.find((r) => r.guard?.outcome === 'allow');
  const begun = view.sendBox.querySelector<HTMLFormElement>('form')?.dataset.edited === 'true';
  if (can(ctx.role, 'send') && first && !begun) renderSendForm(ctx, view, first, reload, false);
}
