import { barChart } from '../charts.js';
import type { PageContext } from '../context.js';
import { el, formValues, replace } from '../dom.js';
import { localWhen } from '../explain.js';
import { t, tr } from '../i18n.js';
import { dayBound } from '../local-day.js';
import { errorNotice, loading } from '../notice.js';
import { dateInput } from './date-range.js';
import { type Json, list, obj, str } from './loose-json.js';
import { outcomeBadge, ruleList } from './verdict-cells.js';

/** Fills `box` with the policy simulation: a candidate policy replayed over past decisions. */
export function renderSimulation(ctx: PageContext, box: HTMLElement): void {
  const result = el('div', { class: 'simulation-result', id: 'simulation-result' });
  const yaml = el('textarea', {
    name: 'policy',
    rows: 14,
    required: true,
    spellcheck: 'false',
    class: 'code-input',
    placeholder: t('policyPlaceholder'),
  });
  // A policy file from the officer's disk fills the box, to edit before simulating.
  const file = el('input', { type: 'file', accept: '.yaml,.yml,text/yaml', name: 'file' });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void chosen.text().then((text) => (yaml.value = text));
  });
  const form = el(
    'form',
    { class: 'simulate', id: 'simulate-form' },
    el(
      'div',
      { class: 'row' },
      el('label', {}, t('openFile'), file),
      el('label', {}, t('from'), dateInput('from', -90)),
      el('label', {}, t('until'), dateInput('to', 0)),
    ),
    el('label', { class: 'block' }, t('policyYaml'), yaml),
    el('button', { type: 'submit', class: 'primary' }, t('runSimulation')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const v = formValues(form);
    const from = dayBound(v.from, false);
    const to = dayBound(v.to, true);
    // A simulation replays a named period: without both days there is nothing to replay.
    if (!from || !to) {
      replace(result, el('div', { class: 'notice warn field-error' }, t('periodNeeded')));
      return;
    }
    replace(result, loading());
    ctx.api.post<unknown>('/v1/policies/simulate', { policy: yaml.value, from, to }).then(
      (res) => replace(result, simulationView(obj(res))),
      (error: unknown) => replace(result, errorNotice(error)),
    );
  });
  replace(
    box,
    el('h2', {}, t('simulate')),
    el('p', { class: 'muted small' }, t('simulateHelp')),
    form,
    result,
  );
}

/** The changed decisions counted under each rule that denies them, as a stacked bar chart. */
function byRuleChart(res: Json): HTMLElement | null {
  const rows = list(res, ['byRule']).map((x) => ({
    rule: str(x.rule) ?? '',
    allowToDeny: typeof x.allowToDeny === 'number' ? x.allowToDeny : 0,
    denyToAllow: typeof x.denyToAllow === 'number' ? x.denyToAllow : 0,
  }));
  if (rows.length === 0) return null;
  return el(
    'div',
    { class: 'sim-by-rule' },
    el('h4', {}, t('simByRule')),
    barChart(
      'simulation-by-rule',
      rows.map((r) => r.rule),
      [
        { label: t('allowToDeny'), values: rows.map((r) => r.allowToDeny), colour: '#c92a2a' },
        { label: t('denyToAllow'), values: rows.map((r) => r.denyToAllow), colour: '#2b8a3e' },
      ],
      { horizontal: true },
    ),
  );
}

/** Counts of the decisions a candidate policy would change, and the attempts that would change. */
function simulationView(res: Json): HTMLElement {
  const counts = obj(res.counts);
  const num = (...names: string[]): number | undefined => {
    for (const n of names) {
      const v = counts[n] ?? res[n];
      if (typeof v === 'number') return v;
    }
    return undefined;
  };
  const total = num('total', 'attempts', 'decided');
  const allowToDeny = num('allowToDeny', 'allow_to_deny');
  const denyToAllow = num('denyToAllow', 'deny_to_allow');
  const unchanged = num('unchanged');
  // Examples come grouped by the kind of change; the group says the before and after.
  const tagged = (items: Json[], before: string, after: string): Json[] =>
    items.map((x) => ({ before, after, ...x }));
  const examples = [
    ...list(res, ['examples', 'changed', 'changes']),
    ...tagged(list(obj(res.examples), ['allowToDeny']), 'allow', 'deny'),
    ...tagged(list(obj(res.examples), ['denyToAllow']), 'deny', 'allow'),
  ];
  const notes: string[] = [];
  if (res.truncated === true) notes.push(t('simTruncated'));
  if (typeof res.withoutMessage === 'number' && res.withoutMessage > 0)
    notes.push(t('simWithoutMessage', { count: res.withoutMessage }));
  const stat = (label: string, value: number | undefined, cls: string): HTMLElement | null =>
    value === undefined
      ? null
      : el(
          'div',
          { class: `stat ${cls}` },
          el('div', { class: 'stat-value' }, value),
          el('div', { class: 'stat-label' }, label),
        );
  return el(
    'div',
    {},
    notes.map((n) => el('div', { class: 'notice warn small' }, n)),
    el(
      'div',
      { class: 'stats' },
      stat(t('reDecided'), total, ''),
      stat(t('allowToDeny'), allowToDeny, 'stop'),
      stat(t('denyToAllow'), denyToAllow, 'ok'),
      stat(t('unchanged'), unchanged, ''),
    ),
    byRuleChart(res),
    examples.length === 0
      ? null
      : el(
          'table',
          { class: 'simulation' },
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              el('th', {}, t('attempt')),
              el('th', {}, t('time')),
              el('th', {}, t('account')),
              el('th', {}, t('channel')),
              el('th', {}, t('before')),
              el('th', {}, t('after')),
              el('th', {}, t('rules')),
            ),
          ),
          el(
            'tbody',
            {},
            examples.map((x) => {
              const before = obj(x.before);
              const after = obj(x.after);
              return el(
                'tr',
                { class: 'changed' },
                el('td', {}, el('code', {}, str(x.attemptId) ?? str(x.id) ?? '')),
                el('td', {}, str(x.at) ? localWhen(str(x.at) ?? '') : ''),
                el('td', {}, el('code', {}, str(x.accountId) ?? '')),
                el('td', {}, tr('ch_', str(x.channel) ?? '')),
                el('td', {}, outcomeBadge(before.outcome ?? x.before)),
                el('td', {}, outcomeBadge(after.outcome ?? x.after)),
                el(
                  'td',
                  {},
                  ruleList(after.rules ?? x.rules),
                  str(x.source)
                    ? el('div', { class: 'muted small' }, tr('simSource_', str(x.source) ?? ''))
                    : null,
                ),
              );
            }),
          ),
        ),
  );
}
