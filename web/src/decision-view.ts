import { el } from './dom.js';
import { explain, nextAllowedText, zonesOf } from './explain.js';
import { highlightSpans } from './highlight.js';
import { t } from './i18n.js';
import type { Decision, RuleVerdict } from './types.js';

/** The decision inside a guard-check answer (`{decisionId, at, decision}`), or the answer itself when it is a bare decision. */
export function decisionOf(answer: Decision | { decision: Decision }): Decision {
  return 'decision' in answer ? answer.decision : answer;
}

/** The moment a guard-check answer was decided at (the service's clock), when it says. */
export function decidedAt(
  answer: Decision | { decision: Decision; at?: string },
): Date | undefined {
  const at = 'decision' in answer ? answer.at : undefined;
  return at === undefined ? undefined : new Date(at);
}

/**
 * The rules of a decision as a table, each failed rule in words with its next allowed time, how
 * far off counted from `now` (the moment decided at; the browser's clock when not known).
 */
export function rulesTable(rules: RuleVerdict[], now?: Date): HTMLElement {
  return el(
    'table',
    { class: 'rules' },
    el(
      'thead',
      {},
      el('tr', {}, el('th', {}, t('policy')), el('th', {}, t('rule')), el('th', {}, t('reason'))),
    ),
    el(
      'tbody',
      {},
      rules.map((r) =>
        el(
          'tr',
          { class: 'rule', 'data-rule': r.id },
          el('td', { class: 'policy' }, r.policy),
          el('td', {}, el('code', {}, r.id)),
          el(
            'td',
            {},
            explain(r),
            r.nextAllowedAt
              ? el(
                  'div',
                  { class: 'next' },
                  nextAllowedText(r.nextAllowedAt, zonesOf(r.params), now),
                )
              : null,
          ),
        ),
      ),
    ),
  );
}

/**
 * A guard decision: allowed or denied, every rule that failed, and the message with banned spans marked.
 * @example panel.append(decisionView(decision, form.message, decidedAt(answer)))
 */
export function decisionView(decision: Decision, message?: string, now?: Date): HTMLElement {
  const denied = decision.outcome === 'deny';
  const spans = decision.rules.flatMap((r) => r.matches ?? []);
  return el(
    'div',
    { class: `decision ${denied ? 'deny' : 'allow'}`, 'data-outcome': decision.outcome },
    el('h4', {}, denied ? t('deniedTitle') : t('allowedTitle')),
    decision.rules.length > 0 ? rulesTable(decision.rules, now) : null,
    message && spans.length > 0
      ? [el('div', { class: 'spans-title' }, t('bannedSpans')), highlightSpans(message, spans)]
      : null,
    decision.policyVersion
      ? el('div', { class: 'muted small' }, t('policyVersion', { version: decision.policyVersion }))
      : null,
  );
}
