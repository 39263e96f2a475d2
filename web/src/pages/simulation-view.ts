import { barChart } from '../charts.js';
import type { PageContext } from '../context.js';
import { el, formValues, replace } from '../dom.js';
import { localWhen } from '../explain.js';
import { t, tr } from '../i18n.js';
import { dayBound } from '../local-day.js';
import { errorNotice, loading } from '../notice.js';
import type { ChangedDecision, Decision, SimulationResult } from '../types.js';
import { dateInput } from './date-range.js';
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
    ctx.api.post<SimulationResult>('/v1/policies/simulate', { policy: yaml.value, from, to }).then(
      (res) => replace(result, simulationView(res)),
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
function byRuleChart(res: SimulationResult): HTMLElement | null {
  if (res.byRule.length === 0) return null;
  return el(
    'div',
    { class: 'sim-by-rule' },
    el('h4', {}, t('simByRule')),
    barChart(
      'simulation-by-rule',
      res.byRule.map((r) => r.rule),
      [
        {
          label: t('allowToDeny'),
          values: res.byRule.map((r) => r.allowToDeny),
          colour: '#c92a2a',
        },
        {
          label: t('denyToAllow'),
          values: res.byRule.map((r) => r.denyToAllow),
          colour: '#2b8a3e',
        },
      ],
      { horizontal: true },
    ),
  );
}

function stat(label: string, value: number, cls: string): HTMLElement {
  return el(
    'div',
    { class: `stat ${cls}` },
    el('div', { class: 'stat-value' }, value),
    el('div', { class: 'stat-label' }, label),
  );
}

/** Counts of the decisions a candidate policy would change, and the attempts that would change. */
function simulationView(res: SimulationResult): HTMLElement {
  const examples = [
    ...res.examples.allowToDeny.map((x) => changedRow(x, 'allow', 'deny')),
    ...res.examples.denyToAllow.map((x) => changedRow(x, 'deny', 'allow')),
  ];
  const notes: string[] = [];
  if (res.truncated) notes.push(t('simTruncated'));
  if (res.withoutMessage > 0) notes.push(t('simWithoutMessage', { count: res.withoutMessage }));
  return el(
    'div',
    {},
    notes.map((n) => el('div', { class: 'notice warn small' }, n)),
    el(
      'div',
      { class: 'stats' },
      stat(t('reDecided'), res.decided, ''),
      stat(t('allowToDeny'), res.allowToDeny, 'stop'),
      stat(t('denyToAllow'), res.denyToAllow, 'ok'),
      stat(t('unchanged'), res.unchanged, ''),
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
          el('tbody', {}, examples),
        ),
  );
}

/** A contact whose decision changes: which, when, the decision before and after, the denying rules. */
function changedRow(
  x: ChangedDecision,
  before: Decision['outcome'],
  after: Decision['outcome'],
): HTMLElement {
  return el(
    'tr',
    { class: 'changed' },
    el('td', {}, el('code', {}, x.id)),
    el('td', {}, localWhen(x.at)),
    el('td', {}, el('code', {}, x.accountId)),
    el('td', {}, tr('ch_', x.channel)),
    el('td', {}, outcomeBadge(before)),
    el('td', {}, outcomeBadge(after)),
    el(
      'td',
      {},
      ruleList(x.rules),
      el('div', { class: 'muted small' }, tr('simSource_', x.source)),
    ),
  );
}
