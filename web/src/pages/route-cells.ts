import { el } from '../dom.js';
import { explain, localWhen, nextAllowedText, zonesOf } from '../explain.js';
import { t, tr } from '../i18n.js';
import type { Route } from '../types.js';

/** A route's tier, sharing, staleness and suspension as badges. */
export function routeFlags(route: Route): HTMLElement {
  const f = route.flags ?? {};
  return el(
    'div',
    {},
    route.tier ? el('span', { class: `badge tier-${route.tier}` }, tr('tier_', route.tier)) : null,
    f.shared ? el('span', { class: 'badge warn' }, t('sharedWith', { count: f.shared })) : null,
    f.stale ? el('span', { class: 'badge warn' }, t('stale')) : null,
    f.suspendedUntil
      ? el('span', { class: 'badge' }, t('suspendedUntil', { time: localWhen(f.suspendedUntil) }))
      : null,
  );
}

/**
 * The guard's verdict on a route now: allowed, or denied with each rule's reason and when it next
 * allows, how far off counted from `now` (the moment the service ranked the routes at).
 */
export function guardCell(route: Route, now?: Date): HTMLElement {
  if (!route.guard) return el('span', { class: 'muted' }, '—');
  if (route.guard.outcome === 'allow') {
    const badge = el('span', { class: 'badge ok verdict' }, t('allowed'));
    const carry = route.guard.conditions ?? [];
    if (carry.length === 0) return badge;
    // Allowed once the email carries, or the visit plan has, what the policy asks: checked when made.
    return el(
      'div',
      { class: 'verdict-allow' },
      badge,
      el(
        'ul',
        { class: 'reasons conditions' },
        carry.map((r) => el('li', {}, el('code', {}, r.id), ' ', explain(r))),
      ),
    );
  }
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
            ? el('div', { class: 'next' }, nextAllowedText(r.nextAllowedAt, zonesOf(r.params), now))
            : null,
        ),
      ),
    ),
    route.guard.nextAllowedAt && !route.guard.rules.some((r) => r.nextAllowedAt)
      ? el(
          'div',
          { class: 'next' },
          t('nextAllowed', { time: localWhen(route.guard.nextAllowedAt) }),
        )
      : null,
  );
}
