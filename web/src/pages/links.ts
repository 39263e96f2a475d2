import { phoneDisplay, phoneTyped } from '../../../src/messages/phone-display.js';
import type { PageContext } from '../context.js';
import { el, formValues, replace } from '../dom.js';
import { localWhen, termOf } from '../explain.js';
import { drawGraph, graphLegend } from '../graph-view.js';
import { hashOf } from '../hash-route.js';
import { t, tr } from '../i18n.js';
import { errorNotice, loading } from '../notice.js';
import type { GraphEdge, GraphNode, SharedIdentifier } from '../types.js';
import { roleBadges } from './role-badges.js';

const KINDS = ['phone', 'email', 'address'] as const;

/** The investigator's look-up: a phone, email or address, and everyone linked to it. */
export function linksPage(ctx: PageContext, root: HTMLElement, kind: string, value: string): void {
  const results = el('div', { class: 'results' });
  const form = el(
    'form',
    { class: 'search', id: 'links-search' },
    el(
      'select',
      { name: 'kind', 'aria-label': t('kind') },
      KINDS.map((k) => el('option', { value: k, selected: k === kind }, tr('kind_', k))),
    ),
    el('input', {
      name: 'value',
      type: 'search',
      placeholder: t('lookupHint'),
      value,
      required: true,
      'aria-label': t('lookupHint'),
    }),
    el('button', { type: 'submit', class: 'primary' }, t('search')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const v = formValues(form);
    const chosen = v.kind ?? 'phone';
    // A number typed with spaces or dashes goes into the address as the service keeps it.
    const typed = (chosen === 'phone' && v.value && phoneTyped(v.value, ctx.region)) || v.value;
    if (typed) ctx.go(hashOf(['links'], { kind: chosen, value: typed }));
  });
  replace(root, el('section', { class: 'card' }, el('h2', {}, t('lookup')), form), results);
  if (value) void lookup(ctx, results, kind, value);
}

async function lookup(
  ctx: PageContext,
  results: HTMLElement,
  kind: string,
  value: string,
): Promise<void> {
  replace(results, loading());
  let shared: SharedIdentifier;
  try {
    shared = await ctx.api.get<SharedIdentifier>('/v1/links', {
      kind,
      value,
      ...(kind === 'phone' ? { region: ctx.region } : {}),
    });
  } catch (error) {
    replace(results, errorNotice(error));
    return;
  }
  const status = typeof shared.phone?.status === 'string' ? shared.phone.status : undefined;
  const graphBox = el('div', { class: 'graph', id: 'graph' });
  replace(
    results,
    el(
      'div',
      { class: 'split' },
      el(
        'section',
        { class: 'card' },
        el('h3', {}, t('linkedTo', { value: phoneDisplay(shared.contact.value) })),
        status
          ? el(
              'p',
              {},
              el(
                'span',
                { class: `badge ps-${status}` },
                t('phoneStatus', { status: tr('ps_', status) }),
              ),
            )
          : null,
        shared.holders.length === 0 ? el('p', { class: 'muted' }, t('none')) : holdersTable(shared),
      ),
      el(
        'section',
        { class: 'card graph-card' },
        el('h3', {}, t('graph')),
        graphLegend({ routes: false }),
        graphBox,
      ),
    ),
  );
  const centre = `${shared.contact.kind}:${shared.contact.value}`;
  const nodes: GraphNode[] = [
    {
      key: centre,
      kind: shared.contact.kind,
      data: { ...(shared.phone ?? {}), e164: shared.contact.value, address: shared.contact.value },
    },
  ];
  const edges: GraphEdge[] = [];
  for (const h of shared.holders) {
    const key = `${h.kind}:${h.id}`;
    nodes.push({ key, kind: h.kind, data: { name: h.name, accountRoles: h.accountRoles } });
    edges.push({
      type: h.kind === 'employer' ? 'LOCATED_AT' : edgeTypeFor(shared.contact.kind),
      from: key,
      to: centre,
      props: { source: h.source },
    });
  }
  drawGraph(graphBox, { nodes, edges }, centre, [], (id) =>
    ctx.go(`#/debtors/${encodeURIComponent(id)}`),
  );
}

function edgeTypeFor(kind: string): string {
  if (kind === 'email') return 'HAS_EMAIL';
  if (kind === 'address') return 'LIVED_AT';
  return 'HAS_PHONE';
}

function holdersTable(shared: SharedIdentifier): HTMLElement {
  return el(
    'table',
    { class: 'holders', id: 'holders' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, t('holder')),
        el('th', {}, t('source')),
        el('th', {}, t('lastSeen')),
        el('th', {}, ''),
      ),
    ),
    el(
      'tbody',
      {},
      shared.holders.map((h) =>
        el(
          'tr',
          { class: 'holder' },
          el(
            'td',
            {},
            h.name,
            ' ',
            el('code', { class: 'muted' }, h.id),
            ' ',
            h.kind === 'person' ? roleBadges(h.accountRoles) : null,
            h.kind === 'employer' ? el('span', { class: 'badge' }, t('employer')) : null,
          ),
          el('td', {}, termOf('source', h.source)),
          el('td', {}, h.lastSeen ? localWhen(h.lastSeen) : '—'),
          el(
            'td',
            {},
            h.kind === 'person'
              ? el(
                  'a',
                  { href: `#/debtors/${encodeURIComponent(h.id)}`, class: 'open-debtor' },
                  t(h.isDebtor ? 'openDebtor' : 'open'),
                )
              : null,
          ),
        ),
      ),
    ),
  );
}
