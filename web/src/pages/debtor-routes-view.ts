import { addressLabel } from '../../../src/messages/address-label.js';
import { phoneDisplay } from '../../../src/messages/phone-display.js';
import { ApiFailure } from '../api.js';
import { can, type PageContext } from '../context.js';
import { el, replace } from '../dom.js';
import { explain, localWhen } from '../explain.js';
import { drawGraph } from '../graph-view.js';
import { t, tr } from '../i18n.js';
import { errorNotice, loading } from '../notice.js';
import { contactKey, routePathKeys } from '../route-paths.js';
import type { Route, RoutesResult, Subgraph } from '../types.js';
import { contactLabel } from './contact-label.js';
import type { DebtorView } from './debtor-view.js';
import { guardCell, routeFlags } from './route-cells.js';
import { evidence } from './route-evidence.js';

/** How many top routes the picture highlights. */
const HIGHLIGHTED_ROUTES = 3;

/** Loads the ranked routes and the picture for the chosen account; `useRoute` fills the send panel from a route. */
export async function loadRoutes(
  ctx: PageContext,
  view: DebtorView,
  useRoute: (route: Route) => void,
): Promise<void> {
  // Routes are ranked for an account's borrower: on a guarantor's or co-borrower's page they are
  // the routes of the account's borrower (asking them of the co-obligor is refused: not theirs).
  const chosen = view.detail.accounts.find((a) => a.account.id === view.accountId);
  const debtorId = chosen?.account.debtorId ?? view.detail.person.id;
  const personId = view.detail.person.id;
  replace(view.routesBox, loading());
  const [routes, graph] = await Promise.allSettled([
    ctx.api.get<RoutesResult>(`/v1/debtors/${encodeURIComponent(debtorId)}/routes`, {
      accountId: view.accountId,
      limit: 8,
    }),
    ctx.api.get<Subgraph>(`/v1/persons/${encodeURIComponent(personId)}/graph`, { depth: 2 }),
  ]);
  // Node keys to what people call them: a person's name, an address's street and city.
  const names = new Map<string, string>();
  if (graph.status === 'fulfilled') {
    for (const node of graph.value.nodes) {
      const label =
        node.kind === 'person' && typeof node.data.name === 'string'
          ? node.data.name
          : node.kind === 'address'
            ? addressLabel(node.data)
            : undefined;
      if (label !== undefined) names.set(node.key, label);
    }
  }
  if (routes.status === 'fulfilled') {
    view.routes = routes.value.routes;
    replace(
      view.routesBox,
      chosen && debtorId !== personId ? coObligorNote(view, chosen, names) : null,
      notesBesideReason(routes.value).map((n) =>
        el('div', { class: 'notice warn small note' }, explain(n)),
      ),
      lostNotice(routes.value),
      // No routes, and the service says why: that reason stands alone, not beside a generic "no routes".
      view.routes.length === 0 && routes.value.noAllowedRoute
        ? null
        : // How far off a rule's next allowed time is counts from the service's moment, not the browser's clock.
          routesTable(ctx, view, names, useRoute, new Date(routes.value.at)),
      excludedList(routes.value, names),
    );
  } else {
    view.routes = [];
    const message =
      routes.reason instanceof ApiFailure ? routes.reason.message : String(routes.reason);
    replace(
      view.routesBox,
      el('div', { class: 'notice warn' }, t('routesUnavailable', { message })),
    );
  }
  if (graph.status === 'fulfilled') {
    replace(view.graphBox);
    const highlights = view.routes
      .slice(0, HIGHLIGHTED_ROUTES)
      .flatMap((r) => routePathKeys(r, debtorId));
    drawGraph(view.graphBox, graph.value, `person:${personId}`, highlights, (id) =>
      ctx.go(`#/debtors/${encodeURIComponent(id)}`),
    );
    view.graphBox.parentElement?.querySelector('.truncated')?.remove();
    const cut = graph.value.truncated ?? [];
    if (cut.length > 0)
      view.graphBox.after(
        el(
          'div',
          { class: 'notice warn small truncated' },
          t('truncated', { count: cut.length, nodes: cut.map(keyWords).join(', ') }),
        ),
      );
  } else replace(view.graphBox, errorNotice(graph.reason));
}

/** A node key as the notice names it: a number in its groups, any other node by its key. */
function keyWords(key: string): string {
  return key.startsWith('phone:') ? phoneDisplay(key.slice('phone:'.length)) : key;
}

function routesTable(
  ctx: PageContext,
  view: DebtorView,
  names: ReadonlyMap<string, string>,
  useRoute: (route: Route) => void,
  now: Date,
): HTMLElement {
  if (view.routes.length === 0) return el('p', { class: 'muted' }, t('noRoutes'));
  const sending = can(ctx.role, 'send');
  return el(
    'table',
    { class: 'routes', id: 'routes' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, t('rank')),
        el('th', {}, t('contact')),
        el('th', {}, t('recipient')),
        el('th', { class: 'num' }, t('score')),
        el('th', {}, t('reasons')),
        el('th', {}, t('guardNow')),
        sending ? el('th', {}, '') : null,
      ),
    ),
    el(
      'tbody',
      {},
      view.routes.map((route) =>
        el(
          'tr',
          { class: 'route', 'data-contact': contactKey(route) },
          el('td', {}, route.rank),
          el(
            'td',
            {},
            el('span', { class: 'muted small' }, tr('kind_', route.contact.kind)),
            ' ',
            contactLabel(route.contact, names),
            routeFlags(route),
          ),
          el(
            'td',
            {},
            route.recipient.name ??
              names.get(`person:${route.recipient.personId}`) ??
              route.recipient.personId,
            el('div', { class: 'muted small' }, tr('rel_', route.recipient.relation)),
          ),
          el(
            'td',
            { class: 'num' },
            el('span', { class: 'score' }, `${(route.score * 100).toFixed(0)}%`),
            el('meter', { min: 0, max: 1, value: route.score }),
          ),
          el(
            'td',
            {},
            el(
              'ul',
              { class: 'reasons' },
              route.reasons.map((r) => el('li', { 'data-code': r.code }, explain(r))),
            ),
            evidence(route, names),
          ),
          el('td', {}, guardCell(route, now)),
          sending
            ? el(
                'td',
                {},
                el(
                  'button',
                  {
                    type: 'button',
                    class: 'use-route',
                    onclick: () => useRoute(route),
                  },
                  t('useRoute'),
                ),
              )
            : null,
        ),
      ),
    ),
  );
}

function excludedList(
  result: RoutesResult,
  names: ReadonlyMap<string, string>,
): HTMLElement | null {
  const excluded = result.excluded ?? [];
  if (excluded.length === 0) return null;
  return el(
    'details',
    { class: 'excluded' },
    el('summary', {}, `${t('excluded')} (${excluded.length})`),
    el(
      'ul',
      { class: 'reasons' },
      excluded.map((x) =>
        el(
          'li',
          {},
          contactLabel(x.contact, names),
          ' ',
          explain(x),
          x.until ? ` — ${t('untilTime', { time: localWhen(x.until) })}` : '',
        ),
      ),
    ),
  );
}

/** The ranking's notes but the one the reason no route is allowed already says (a cease request). */
function notesBesideReason(result: RoutesResult): RoutesResult['notes'] {
  const notes = result.notes ?? [];
  if (result.noAllowedRoute?.code !== 'debtor_ceased_contact') return notes;
  return notes.filter((n) => n.code !== 'note_ceased_all');
}

/** The debtor's lost state under the policy in force, and why no listed route is allowed now. */
function lostNotice(result: RoutesResult): HTMLElement | null {
  const lines: HTMLElement[] = [];
  if (result.lost)
    lines.push(
      el('strong', {}, t('lostSince', { time: localWhen(result.lost.since) })),
      el(
        'ul',
        { class: 'reasons' },
        result.lost.because.map((b) => el('li', {}, explain(b))),
      ),
    );
  if (result.notLost) lines.push(el('div', {}, explain(result.notLost)));
  if (result.noAllowedRoute) lines.push(el('div', {}, explain(result.noAllowedRoute)));
  return lines.length === 0 ? null : el('div', { class: 'notice warn small lost' }, lines);
}

/** On a co-obligor's page: whose routes these are, and the person's part in the account. */
function coObligorNote(
  view: DebtorView,
  chosen: DebtorView['detail']['accounts'][number],
  names: ReadonlyMap<string, string>,
): HTMLElement {
  const debtorId = chosen.account.debtorId;
  const debtor = names.get(`person:${debtorId}`);
  return el(
    'div',
    { class: 'notice small co-obligor' },
    t('routesOfAccountDebtor', {
      name: view.detail.person.name,
      role: tr('accRole_', chosen.role),
      account: chosen.account.id,
      // The borrower's name when the picture holds it, its id beside it; the id alone otherwise.
      named: debtor === undefined ? 'no' : 'yes',
      debtorName: debtor ?? '',
      debtorId,
    }),
  );
}
