import type { PageContext } from '../context.js';
import { el, formValues, replace } from '../dom.js';
import { hashOf } from '../hash-route.js';
import { t } from '../i18n.js';
import { errorNotice, loading } from '../notice.js';
import type { PersonHit } from '../types.js';
import { flagBadges } from './flag-badges.js';
import { roleBadges } from './role-badges.js';

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
    if (q) ctx.go(hashOf(['debtors'], { q }));
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
    const { persons } = await ctx.api.get<{ persons: PersonHit[] }>('/v1/persons', {
      q,
      region: ctx.region,
    });
    // One hit opens the debtor in the search's place, so Back leaves the search instead of re-running it.
    if (persons.length === 1 && persons[0])
      return ctx.go(hashOf(['debtors', persons[0].id]), { replace: true });
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
                ' ',
                roleBadges(p.accountRoles),
                flagBadges(p.flags, true),
              ),
            ),
          ),
    );
  } catch (error) {
    replace(results, errorNotice(error));
  }
}
