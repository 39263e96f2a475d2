import { textIn } from '../../../src/domain/policy/policy-text.js';
import type { PageContext } from '../context.js';
import { el, replace } from '../dom.js';
import { explain } from '../explain.js';
import { lang, t, tr } from '../i18n.js';
import { errorNotice } from '../notice.js';
import type { PolicyProblem, PolicySnapshot, PolicySummary } from '../types.js';

/** Fills `box` with the loaded policies, each with its rules, and the policy load errors. */
export async function loadPolicies(ctx: PageContext, box: HTMLElement): Promise<void> {
  try {
    const snapshot = await ctx.api.get<PolicySnapshot>('/v1/policies');
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
        el('tbody', {}, snapshot.policies.map(policyRow)),
      ),
      el('h3', {}, t('loadErrors')),
      snapshot.errors.length === 0
        ? el('p', { class: 'muted' }, t('noLoadErrors'))
        : el('ul', { class: 'load-errors' }, snapshot.errors.map(loadError)),
    );
  } catch (error) {
    replace(box, errorNotice(error));
  }
}

/** A policy's name and description in the page's language (the other one's when the file has only one). */
function policyRow(p: PolicySummary): HTMLElement {
  const name = textIn(p.name, lang());
  const description = p.description === undefined ? '' : textIn(p.description, lang());
  return el(
    'tr',
    { class: 'policy' },
    el(
      'td',
      {},
      el('strong', {}, p.id),
      name !== p.id ? el('div', { class: 'policy-name' }, name) : null,
      description !== '' ? el('p', { class: 'policy-description muted small' }, description) : null,
      el('div', { class: 'muted small' }, p.file),
      p.stale ? el('span', { class: 'badge warn' }, t('stalePolicy')) : null,
      ruleList(p.rules),
    ),
    el('td', {}, p.jurisdictions.join(', ')),
    el('td', {}, el('code', { class: 'hash' }, p.version)),
  );
}

/** The policy's rules, folded: each rule's id (as denials name it) and what kind of rule it is. */
function ruleList(rules: PolicySummary['rules']): HTMLElement {
  return el(
    'details',
    { class: 'policy-rules' },
    el('summary', {}, t('policyRules', { count: rules.length })),
    el(
      'ul',
      {},
      rules.map((r) => el('li', {}, el('code', {}, r.id), ' ', tr('ruleType_', r.type))),
    ),
  );
}

/** A file that failed to load: where (`file:line:column path`), why in the reader's words, its code. */
function loadError(e: PolicyProblem): HTMLElement {
  return el(
    'li',
    { class: 'notice error load-error' },
    el('code', {}, problemWhere(e)),
    ' ',
    explain(e),
    el('code', { class: 'code' }, e.code),
  );
}

function problemWhere(e: PolicyProblem): string {
  const at = e.line === undefined ? e.file : `${e.file}:${e.line}:${e.column ?? 1}`;
  return e.path === '' ? at : `${at} ${e.path}`;
}
