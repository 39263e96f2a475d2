import { el } from '../dom.js';
import { t, tr } from '../i18n.js';
import type { PersonFlags } from '../types.js';

/** Stop flags as badges; `compact` leaves out the "no flags" note. */
export function flagBadges(flags: PersonFlags, compact = false): HTMLElement {
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
