import type { PageContext } from '../context.js';
import { el, replace } from '../dom.js';
import { t } from '../i18n.js';
import { errorNotice } from '../notice.js';
import { type Json, list, obj, str } from './loose-json.js';

interface LoadedPolicy {
  stale: boolean;
  id: string;
  name: string;
  version: string;
  applies: string;
  file: string;
}

function loadedPolicy(p: Json): LoadedPolicy {
  const applies = p.jurisdictions ?? obj(p.appliesTo).jurisdictions ?? p.appliesTo;
  return {
    stale: p.stale === true,
    id: str(p.id) ?? str(p.name) ?? '?',
    name: str(p.name) ?? '',
    version: str(p.version) ?? str(p.versionHash) ?? str(p.hash) ?? '',
    applies: Array.isArray(applies) ? applies.join(', ') : (str(applies) ?? ''),
    file: str(p.file) ?? str(p.path) ?? '',
  };
}

/** Fills `box` with the loaded policies and the policy load errors. */
export async function loadPolicies(ctx: PageContext, box: HTMLElement): Promise<void> {
  try {
    const res = await ctx.api.get<unknown>('/v1/policies');
    const policies = list(res, ['policies', 'loaded']).map(loadedPolicy);
    const errors = list(res, ['errors', 'loadErrors']);
    replace(
      box,
      el(
        'table',
        { class: 'policies' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', {}, t('policy')),
            el('th', {}, t('applies')),
            el('th', {}, t('version')),
          ),
        ),
        el(
          'tbody',
          {},
          policies.map((p) =>
            el(
              'tr',
              { class: 'policy' },
              el(
                'td',
                {},
                el('strong', {}, p.id),
                p.name && p.name !== p.id ? el('div', {}, p.name) : null,
                p.file ? el('div', { class: 'muted small' }, p.file) : null,
                p.stale ? el('span', { class: 'badge warn' }, t('stalePolicy')) : null,
              ),
              el('td', {}, p.applies),
              el('td', {}, el('code', { class: 'hash' }, p.version)),
            ),
          ),
        ),
      ),
      el('h3', {}, t('loadErrors')),
      errors.length === 0
        ? el('p', { class: 'muted' }, t('noLoadErrors'))
        : el(
            'ul',
            { class: 'load-errors' },
            errors.map((e) =>
              el(
                'li',
                { class: 'notice error load-error' },
                el('code', {}, problemWhere(e)),
                ' ',
                str(e.message) ?? str(e.error) ?? JSON.stringify(e),
                str(e.code) ? el('code', { class: 'code' }, str(e.code) ?? '') : null,
              ),
            ),
          ),
    );
  } catch (error) {
    replace(box, errorNotice(error));
  }
}

/** Where a policy problem is: `file:line:column path`. */
function problemWhere(e: Json): string {
  const file = str(e.file) ?? '';
  const line = str(e.line);
  const at = line ? `${file}:${line}:${str(e.column) ?? '1'}` : file;
  const path = str(e.path);
  return path ? `${at} ${path}` : at;
}
