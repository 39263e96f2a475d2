import type { PageContext } from '../context.js';
import { decisionOf, decisionView } from '../decision-view.js';
import { el, formValues, replace } from '../dom.js';
import { t, tr, when } from '../i18n.js';
import { errorNotice, loading } from '../notice.js';
import type { Decision, RuleVerdict } from '../types.js';

type Json = Record<string, unknown>;

function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function obj(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

/** The first array found under any of the names (the response shapes name their lists differently). */
function list(value: unknown, names: string[]): Json[] {
  if (Array.isArray(value)) return value.map(obj);
  const o = obj(value);
  for (const name of names) if (Array.isArray(o[name])) return (o[name] as unknown[]).map(obj);
  return [];
}

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

/** The compliance officer's page: policies and load errors, try a message, the audit log, policy simulation. */
export function compliancePage(ctx: PageContext, root: HTMLElement): void {
  const policiesBox = el('div', { id: 'policies' }, loading());
  const simulateBox = el('section', { class: 'card', id: 'simulate' });
  replace(
    root,
    el('section', { class: 'card' }, el('h2', {}, t('policies')), policiesBox),
    el(
      'section',
      { class: 'card', id: 'try' },
      el('h2', {}, t('tryMessage')),
      el('p', { class: 'muted small' }, t('tryHelp')),
      tryForm(ctx),
    ),
    simulateBox,
    el('section', { class: 'card', id: 'audit' }, el('h2', {}, t('audit')), auditView(ctx)),
  );
  renderSimulation(ctx, simulateBox);
  void loadPolicies(ctx, policiesBox);
}

async function loadPolicies(ctx: PageContext, box: HTMLElement): Promise<void> {
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

function tryForm(ctx: PageContext): HTMLElement {
  const result = el('div', { class: 'try-result', id: 'try-result' });
  const form = el(
    'form',
    { class: 'try', id: 'try-form' },
    el(
      'div',
      { class: 'row' },
      el('label', {}, t('account'), el('input', { name: 'accountId', required: true })),
      el(
        'label',
        {},
        t('channel'),
        el(
          'select',
          { name: 'channel' },
          ['sms', 'call', 'email', 'visit', 'letter'].map((c) =>
            el('option', { value: c }, tr('ch_', c)),
          ),
        ),
      ),
      el('label', {}, t('to'), el('input', { name: 'to', required: true })),
      el('label', {}, t('recipientPerson'), el('input', { name: 'recipientPersonId' })),
      el('label', {}, t('at'), el('input', { name: 'at', type: 'datetime-local' })),
    ),
    el('label', { class: 'block' }, t('message'), el('textarea', { name: 'message', rows: 3 })),
    el('button', { type: 'submit', class: 'primary' }, t('check')),
    result,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const v = formValues(form);
    const body: Record<string, string> = {
      accountId: v.accountId ?? '',
      channel: v.channel ?? 'sms',
      to: v.to ?? '',
    };
    if (v.recipientPersonId) body.recipientPersonId = v.recipientPersonId;
    if (v.message) body.message = v.message;
    if (v.at) body.at = new Date(v.at).toISOString();
    replace(result, loading());
    ctx.api.post<Decision | { decision: Decision }>('/v1/guard/check', body).then(
      (answer) => replace(result, decisionView(decisionOf(answer), body.message)),
      (error: unknown) => replace(result, errorNotice(error)),
    );
  });
  return form;
}

function dateInput(name: string, daysFromToday: number): HTMLInputElement {
  const d = new Date(Date.now() + daysFromToday * 86_400_000);
  return el('input', { name, type: 'date', value: d.toISOString().slice(0, 10) });
}

/** Start of the day for `from`, end of the day for `to`, in UTC. */
function dayBound(date: string, end: boolean): string {
  return new Date(`${date}T${end ? '23:59:59.999' : '00:00:00.000'}Z`).toISOString();
}

function auditView(ctx: PageContext): HTMLElement {
  const table = el('div', { class: 'audit-table' });
  const form = el(
    'form',
    { class: 'row', id: 'audit-filter' },
    el('label', {}, t('account'), el('input', { name: 'accountId' })),
    el('label', {}, t('debtor'), el('input', { name: 'debtorId' })),
    el('label', {}, t('from'), dateInput('from', -30)),
    el('label', {}, t('until'), dateInput('to', 0)),
    el('button', { type: 'submit', class: 'primary' }, t('filter')),
  );
  const load = (): void => {
    const v = formValues(form);
    replace(table, loading());
    ctx.api
      .get<unknown>('/v1/audit', {
        accountId: v.accountId,
        debtorId: v.debtorId,
        from: v.from ? dayBound(v.from, false) : undefined,
        to: v.to ? dayBound(v.to, true) : undefined,
      })
      .then(
        (res) => replace(table, auditTable(list(res, ['records', 'entries', 'audit', 'items']))),
        (error: unknown) => replace(table, errorNotice(error)),
      );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  load();
  return el('div', {}, form, table);
}

function outcomeBadge(outcome: unknown): HTMLElement {
  const o = str(outcome) ?? '?';
  return el(
    'span',
    { class: `badge ${o === 'allow' ? 'ok' : o === 'deny' ? 'stop' : ''}` },
    o === 'allow' ? t('allowed') : o === 'deny' ? t('denied') : o,
  );
}

function ruleList(rules: unknown): HTMLElement | null {
  const items = list(rules, []) as unknown as RuleVerdict[];
  if (items.length === 0) return null;
  return el(
    'ul',
    { class: 'reasons' },
    items.map((r) => el('li', {}, el('code', {}, r.id), ' ', r.reason)),
  );
}

function auditTable(records: Json[]): HTMLElement {
  if (records.length === 0) return el('p', { class: 'muted' }, t('none'));
  return el(
    'table',
    { class: 'audit' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, t('time')),
        el('th', {}, t('kind')),
        el('th', {}, t('account')),
        el('th', {}, t('channel')),
        el('th', {}, t('decision')),
        el('th', {}, t('rules')),
        el('th', {}, t('version')),
        el('th', {}, t('actor')),
      ),
    ),
    el(
      'tbody',
      {},
      records.map((r) =>
        el(
          'tr',
          { class: 'audit-row' },
          el('td', {}, str(r.at) ? when(str(r.at) ?? '') : ''),
          el('td', {}, str(r.kind) ?? ''),
          el('td', {}, el('code', {}, str(r.accountId) ?? '')),
          el('td', {}, tr('ch_', str(r.channel) ?? '')),
          el('td', {}, outcomeBadge(r.outcome)),
          el('td', {}, ruleList(r.rules)),
          el('td', {}, el('code', { class: 'hash' }, str(r.policyVersion) ?? '')),
          el('td', {}, str(r.actor) ?? ''),
        ),
      ),
    ),
  );
}

function renderSimulation(ctx: PageContext, box: HTMLElement): void {
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
    replace(result, loading());
    ctx.api
      .post<unknown>('/v1/policies/simulate', {
        policy: yaml.value,
        from: dayBound(v.from ?? '', false),
        to: dayBound(v.to ?? '', true),
      })
      .then(
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
                el('td', {}, str(x.at) ? when(str(x.at) ?? '') : ''),
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
