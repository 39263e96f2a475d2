import { el } from '../dom.js';
import { explain } from '../explain.js';
import { t } from '../i18n.js';
import type { RuleVerdict } from '../types.js';
import { list, str } from './loose-json.js';

/** A decision's outcome as a badge: allowed, denied, or the raw value. */
export function outcomeBadge(outcome: unknown): HTMLElement {
  const o = str(outcome) ?? '?';
  return el(
    'span',
    { class: `badge ${o === 'allow' ? 'ok' : o === 'deny' ? 'stop' : ''}` },
    o === 'allow' ? t('allowed') : o === 'deny' ? t('denied') : o,
  );
}

/** The rules of a decision as a list of id and reason; null when there are none. */
export function ruleList(rules: unknown): HTMLElement | null {
  const items = list(rules, []) as unknown as RuleVerdict[];
  if (items.length === 0) return null;
  return el(
    'ul',
    { class: 'reasons' },
    items.map((r) => el('li', {}, el('code', {}, r.id), ' ', explain(r))),
  );
}
