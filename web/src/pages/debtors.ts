import { ApiFailure } from '../api.js';
import { can, type PageContext } from '../context.js';
import { decisionOf, decisionView } from '../decision-view.js';
import { el, formValues, replace } from '../dom.js';
import { explain, nextAllowedText, zonesOf } from '../explain.js';
import { drawGraph, graphLegend } from '../graph-view.js';
import { money, t, tr, when } from '../i18n.js';
import { errorNotice, loading } from '../notice.js';
import { outcomeForm } from '../outcome-form.js';
import { contactKey, routePathKeys } from '../route-paths.js';
import { stageOf } from '../stage.js';
import type {
  Decision,
  OutreachAccepted,
  Person,
  PersonDetail,
  PersonFlags,
  Route,
  RoutesResult,
  Subgraph,
} from '../types.js';

const CHANNELS = ['sms', 'call', 'email', 'visit', 'letter'];
/** How many top routes the picture highlights. */
const HIGHLIGHTED_ROUTES = 3;

/** The debtor search: by id, name or phone number. */
export function debtorSearchPage(ctx: PageContext, root: HTMLElement, query = ''): void {
  const results = el('div', { class: 'results' });
  const form = el(
    'form',
    { class: 'search', id: 'debtor-search' },
    el('input', {
      name: 'q',
      type: 'search',
      placeholder: t('findHint'),
      value: query,
      required: true,
      autofocus: true,
      'aria-label': t('findHint'),
    }),
    el('button', { type: 'submit', class: 'primary' }, t('search')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = formValues(form).q;
    if (q) ctx.go(`#/debtors?q=${encodeURIComponent(q)}`);
  });
  replace(
    root,
    el(
      'section',
      { class: 'card' },
      el('h2', {}, t('findDebtor')),
      form,
      el('p', { class: 'muted small' }, t('demoDebtors')),
      results,
    ),
  );
  if (query) void search(ctx, results, query);
}

async function search(ctx: PageContext, results: HTMLElement, q: string): Promise<void> {
  replace(results, loading());
  try {
    const { persons } = await ctx.api.get<{ persons: Person[] }>('/v1/persons', { q });
    if (persons.length === 1 && persons[0])
      return ctx.go(`#/debtors/${encodeURIComponent(persons[0].id)}`);
    replace(
      results,
      persons.length === 0
        ? el('p', { class: 'muted' }, t('none'))
        : el(
            'ul',
            { class: 'person-list' },
            persons.map((p) =>
              el(
                'li',
                {},
                el(
                  'a',
                  { href: `#/debtors/${encodeURIComponent(p.id)}`, class: 'person-link' },
                  p.name,
                ),
                ' ',
                el('code', {}, p.id),
                flagBadges(p.flags, true),
              ),
            ),
          ),
    );
  } catch (error) {
    replace(results, errorNotice(error));
  }
}

/** Stop flags as badges; `compact` leaves out the "no flags" note. */
function flagBadges(flags: PersonFlags, compact = false): HTMLElement {
  const badges: HTMLElement[] = [];
  for (const name of [
    'ceaseContact',
    'disputed',
    'deceased',
    'bankrupt',
    'employerForbidsContact',
  ] as const) {
    if (flags[name]) badges.push(el('span', { class: 'badge stop' }, tr('flag_', name)));
  }
  if (flags.attorney)
    badges.push(
      el('span', { class: 'badge stop' }, t('flag_attorney', { name: flags.attorney.name })),
    );
  if (flags.optOut && flags.optOut.length > 0)
    badges.push(
      el(
        'span',
        { class: 'badge warn' },
        t('flag_optOut', { channels: flags.optOut.map((c) => tr('ch_', c)).join(', ') }),
      ),
    );
  if (badges.length === 0 && !compact) badges.push(el('span', { class: 'badge ok' }, t('noFlags')));
  return el('span', { class: 'flags' }, badges);
}

interface DebtorView {
  detail: PersonDetail;
  accountId: string | undefined;
  routes: Route[];
  graphBox: HTMLElement;
  routesBox: HTMLElement;
  sendBox: HTMLElement;
}

/** One debtor: flags, accounts, ranked routes with the guard's verdict, the picture, and send/record actions. */
export async function debtorPage(ctx: PageContext, root: HTMLElement, id: string): Promise<void> {
  replace(root, loading());
  let detail: PersonDetail;
  try {
    detail = await ctx.api.get<PersonDetail>(`/v1/persons/${encodeURIComponent(id)}`);
  } catch (error) {
    replace(root, errorNotice(error));
    return;
  }
  const owed =
    detail.accounts.find((a) => a.role === 'debtor' || a.role === 'OWES') ?? detail.accounts[0];
  const view: DebtorView = {
    detail,
    accountId: owed?.account.id,
    routes: [],
    graphBox: el('div', { class: 'graph', id: 'graph' }),
    routesBox: el('div', { class: 'routes-box' }),
    sendBox: el('div', { class: 'send-box' }),
  };
  const person = detail.person;
  replace(
    root,
    el(
      'section',
      { class: 'card debtor-head' },
      el('h2', { id: 'debtor-name' }, person.name, ' ', el('code', { class: 'muted' }, person.id)),
      el('div', {}, el('span', { class: 'label' }, `${t('flags')}: `), flagBadges(person.flags)),
      person.timezone ? el('div', { class: 'muted small' }, person.timezone) : null,
    ),
    el(
      'section',
      { class: 'card' },
      el('h3', {}, t('accounts')),
      accountsTable(view, () => void loadRoutes(ctx, view)),
    ),
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
  if (can(ctx.role, 'send')) renderSendForm(ctx, view, undefined);
  await loadRoutes(ctx, view);
}

function accountsTable(view: DebtorView, onSelect: () => void): HTMLElement {
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
          el('td', {}, account.product),
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
          el('td', {}, account.status),
        );
      }),
    ),
  );
}

async function loadRoutes(ctx: PageContext, view: DebtorView): Promise<void> {
  const debtorId = view.detail.person.id;
  replace(view.routesBox, loading());
  const [routes, graph] = await Promise.allSettled([
    ctx.api.get<RoutesResult>(`/v1/debtors/${encodeURIComponent(debtorId)}/routes`, {
      accountId: view.accountId,
      limit: 8,
    }),
    ctx.api.get<Subgraph>(`/v1/persons/${encodeURIComponent(debtorId)}/graph`, { depth: 2 }),
  ]);
  const names = new Map<string, string>();
  if (graph.status === 'fulfilled') {
    for (const node of graph.value.nodes)
      if (node.kind === 'person' && typeof node.data.name === 'string')
        names.set(node.key, node.data.name);
  }
  if (routes.status === 'fulfilled') {
    view.routes = routes.value.routes;
    replace(
      view.routesBox,
      (routes.value.notes ?? []).map((n) => el('div', { class: 'notice warn small note' }, n)),
      routesTable(ctx, view, names),
      excludedList(routes.value),
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
    drawGraph(view.graphBox, graph.value, `person:${debtorId}`, highlights, (id) =>
      ctx.go(`#/debtors/${encodeURIComponent(id)}`),
    );
    view.graphBox.parentElement?.querySelector('.truncated')?.remove();
    const cut = graph.value.truncated ?? [];
    if (cut.length > 0)
      view.graphBox.after(
        el(
          'div',
          { class: 'notice warn small truncated' },
          t('truncated', { count: cut.length, nodes: cut.join(', ') }),
        ),
      );
  } else replace(view.graphBox, errorNotice(graph.reason));
}

function routesTable(
  ctx: PageContext,
  view: DebtorView,
  names: ReadonlyMap<string, string>,
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
            el('code', {}, route.contact.value),
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
              route.reasons.map((r) => el('li', {}, r)),
            ),
            evidence(route, names),
          ),
          el('td', {}, guardCell(route)),
          sending
            ? el(
                'td',
                {},
                el(
                  'button',
                  {
                    type: 'button',
                    class: 'use-route',
                    onclick: () => renderSendForm(ctx, view, route),
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

/** The evidence paths in words: who links to whom, from which source, with each hop's reliability. */
function evidence(route: Route, names: ReadonlyMap<string, string>): HTMLElement | null {
  const paths = route.paths.filter(
    (p) => Array.isArray(p) && p.some((h) => h && typeof h === 'object' && 'from' in h),
  );
  if (paths.length === 0) return null;
  const label = (key: string): string => names.get(key) ?? key.slice(key.indexOf(':') + 1);
  return el(
    'details',
    { class: 'evidence' },
    el('summary', {}, t('evidence', { count: paths.length })),
    el(
      'ol',
      {},
      paths.map((path) =>
        el(
          'li',
          {},
          (path as Hop[]).map((hop, i) =>
            el(
              'span',
              { class: 'hop' },
              i === 0 ? label(hop.from) : null,
              el(
                'span',
                { class: 'hop-edge' },
                ` —${hop.type === 'KNOWS' && hop.kind ? tr('rel_', hop.kind) : tr('edge_', hop.type)}`,
                hop.source ? el('sub', {}, tr('src_', hop.source)) : null,
                typeof hop.reliability === 'number'
                  ? el('sup', {}, `${Math.round(hop.reliability * 100)}%`)
                  : null,
                '→ ',
              ),
              label(hop.to),
            ),
          ),
        ),
      ),
    ),
  );
}

/** One hop of an evidence path as the routes API returns it. */
interface Hop {
  type: string;
  from: string;
  to: string;
  source?: string;
  kind?: string;
  reliability?: number;
}

function routeFlags(route: Route): HTMLElement {
  const f = route.flags ?? {};
  return el(
    'div',
    {},
    route.tier ? el('span', { class: `badge tier-${route.tier}` }, tr('tier_', route.tier)) : null,
    f.shared ? el('span', { class: 'badge warn' }, t('sharedWith', { count: f.shared })) : null,
    f.stale ? el('span', { class: 'badge warn' }, t('stale')) : null,
    f.suspendedUntil
      ? el('span', { class: 'badge' }, t('suspendedUntil', { time: when(f.suspendedUntil) }))
      : null,
  );
}

function excludedList(result: RoutesResult): HTMLElement | null {
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
          el('code', {}, x.contact.value),
          ' ',
          x.reason,
          x.until ? ` — ${t('untilTime', { time: when(x.until) })}` : '',
        ),
      ),
    ),
  );
}

function guardCell(route: Route): HTMLElement {
  if (!route.guard) return el('span', { class: 'muted' }, '—');
  if (route.guard.outcome === 'allow')
    return el('span', { class: 'badge ok verdict' }, t('allowed'));
  return el(
    'div',
    { class: 'verdict-deny' },
    el('span', { class: 'badge stop verdict' }, t('denied')),
    el(
      'ul',
      { class: 'reasons' },
      route.guard.rules.map((r) =>
        el(
          'li',
          {},
          el('code', {}, r.id),
          ' ',
          explain(r),
          r.nextAllowedAt
            ? el('div', { class: 'next' }, nextAllowedText(r.nextAllowedAt, zonesOf(r.params)))
            : null,
        ),
      ),
    ),
    route.guard.nextAllowedAt && !route.guard.rules.some((r) => r.nextAllowedAt)
      ? el('div', { class: 'next' }, t('nextAllowed', { time: when(route.guard.nextAllowedAt) }))
      : null,
  );
}

function defaultChannel(route: Route | undefined): string {
  if (!route) return 'sms';
  if (route.contact.kind === 'email') return 'email';
  if (route.contact.kind === 'address') return 'letter';
  return 'sms';
}

/** The send panel: channel, recipient, message; "check" previews the guard, "send" goes through outreach. */
function renderSendForm(ctx: PageContext, view: DebtorView, route: Route | undefined): void {
  const result = el('div', { class: 'send-result', id: 'send-result' });
  let idempotencyKey = crypto.randomUUID();
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
  // A new idempotency key whenever the request changes, so an edited message is a new send but a double click is not.
  form.addEventListener('input', () => {
    idempotencyKey = crypto.randomUUID();
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
    ctx.api.post<Decision | { decision: Decision }>('/v1/guard/check', body).then(
      (answer) => replace(result, decisionView(decisionOf(answer), body.message)),
      (error: unknown) => replace(result, errorNotice(error)),
    );
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body: Record<string, string> = { ...request(), idempotencyKey };
    const button = form.querySelector<HTMLButtonElement>('button.send-button');
    if (button) button.disabled = true;
    replace(result, loading());
    ctx.api
      .post<OutreachAccepted>('/v1/outreach', body)
      .then(
        (receipt) => {
          idempotencyKey = crypto.randomUUID();
          replace(
            result,
            el(
              'div',
              { class: 'notice ok', id: 'sent' },
              t('sent', {
                id: receipt.attemptId,
                status: receipt.dispatch.status,
                provider: receipt.dispatch.provider,
              }),
            ),
            outcomeForm(ctx, receipt.attemptId, () => void loadRoutes(ctx, view)),
          );
          void loadRoutes(ctx, view);
        },
        (error: unknown) => {
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
        if (button) button.disabled = false;
      });
  });
  replace(view.sendBox, form, result);
  if (route) form.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

function isDecision(value: unknown): value is Decision {
  return (
    !!value &&
    typeof value === 'object' &&
    'outcome' in value &&
    Array.isArray((value as { rules?: unknown }).rules)
  );
}
