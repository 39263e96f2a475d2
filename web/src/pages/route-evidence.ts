import { phoneDisplay } from '../../../src/messages/phone-display.js';
import { el } from '../dom.js';
import { termOf } from '../explain.js';
import { t, tr } from '../i18n.js';
import type { Route } from '../types.js';

/** The evidence paths in words: who links to whom, from which source, with each hop's reliability. */
export function evidence(route: Route, names: ReadonlyMap<string, string>): HTMLElement | null {
  const paths = route.paths.filter(
    (p) => Array.isArray(p) && p.some((h) => h && typeof h === 'object' && 'from' in h),
  );
  if (paths.length === 0) return null;
  const label = (key: string): string =>
    names.get(key) ?? phoneDisplay(key.slice(key.indexOf(':') + 1));
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
                hop.source ? el('sub', {}, termOf('source', hop.source)) : null,
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
