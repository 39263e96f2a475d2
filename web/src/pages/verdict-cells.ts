import { el } from '../dom.js';
import { explain } from '../explain.js';
import { t } from '../i18n.js';
import type { AuditedVerdict, Decision } from '../types.js';

/** A decision's outcome as a badge: allowed or denied. */
export function outcomeBadge(outcome: Decision['outcome']): HTMLElement {
  return el(
    'span',
    { class: `badge ${outcome === 'allow' ? 'ok' : 'stop'}` },
    outcome === 'allow' ? t('allowed') : t('denied'),
  );
}

/** The rules of a decision as a list of id and reason; null when there are none. */
export function ruleList(rules: readonly AuditedVerdict[]): HTMLElement | null {
  if (rules.length === 0) return null;
  return el(
    'ul',
    { class: 'reasons' },
    rules.map((r) => el('li', {}, el('code', {}, r.id), ' ', explain(r))),
  );
}
