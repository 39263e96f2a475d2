import type { AuditRecord } from '../../../src/domain/model/audit.js';
import { barChart } from '../charts.js';
import type { PageContext } from '../context.js';
import { el, formValues, replace } from '../dom.js';
import { localZone } from '../explain.js';
import { lang, t } from '../i18n.js';
import { dayBound } from '../local-day.js';
import { localTime } from '../local-time.js';
import { errorNotice, loading } from '../notice.js';
import { dateInput } from './date-range.js';

/** The most denials one chart reads: the audit API's page limit (newest first). */
const MAX_DENIALS = 1000;

/** The calendar day of an instant in the officer's zone. */
function localDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: localZone() }).format(new Date(iso));
}

/** Denials counted by rule (a decision denied by two rules counts for each) and by day. */
function tally(records: readonly AuditRecord[]): {
  byRule: [string, number][];
  byDay: [string, number][];
} {
  const rules = new Map<string, number>();
  const days = new Map<string, number>();
  for (const r of records) {
    for (const id of new Set(r.rules.map((v) => v.id))) rules.set(id, (rules.get(id) ?? 0) + 1);
    const day = localDay(r.at);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return {
    byRule: [...rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    byDay: [...days].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  };
}

/** Saves text as a file the browser downloads. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The guard's denials in a period as two charts (by rule, by day), and the audit log of the same
 * period exported as CSV (`GET /v1/audit/export`, reasons in the workbench's language).
 */
export function denialsView(ctx: PageContext): HTMLElement {
  const charts = el('div', { class: 'charts', id: 'denial-charts' });
  const status = el('div', { class: 'export-status' });
  const form = el(
    'form',
    { class: 'row', id: 'denials-filter' },
    el('label', {}, t('from'), dateInput('from', -30)),
    el('label', {}, t('until'), dateInput('to', 0)),
    el('button', { type: 'submit', class: 'primary' }, t('show')),
    el('button', { type: 'button', class: 'export-csv', id: 'export-csv' }, t('exportCsv')),
  );
  // An empty date is an open end of the period (the charts read up to the newest denials).
  const period = (): { from?: string; to?: string; fromDay?: string; toDay?: string } => {
    const v = formValues(form);
    return {
      from: dayBound(v.from, false),
      to: dayBound(v.to, true),
      fromDay: v.from,
      toDay: v.to,
    };
  };
  const load = (): void => {
    replace(status);
    replace(charts, loading());
    const { from, to } = period();
    ctx.api
      .get<{ records: AuditRecord[] }>('/v1/audit', {
        outcome: 'deny',
        from,
        to,
        limit: MAX_DENIALS,
      })
      .then(
        ({ records }) => {
          if (records.length === 0) {
            replace(charts, el('p', { class: 'muted' }, t('noDenials')));
            return;
          }
          const { byRule, byDay } = tally(records);
          const colour = '#c92a2a';
          replace(
            charts,
            el('p', { class: 'muted small' }, t('denialsCount', { count: records.length })),
            records.length >= MAX_DENIALS
              ? el('div', { class: 'notice warn small' }, t('denialsCapped', { max: MAX_DENIALS }))
              : null,
            el(
              'div',
              { class: 'split' },
              el(
                'div',
                {},
                el('h4', {}, t('denialsByRule')),
                barChart(
                  'denials-by-rule',
                  byRule.map(([id]) => id),
                  [{ label: t('denied'), values: byRule.map(([, n]) => n), colour }],
                  { horizontal: true },
                ),
              ),
              el(
                'div',
                {},
                el('h4', {}, t('denialsByDay')),
                barChart(
                  'denials-by-day',
                  // Sorted by the ISO day; shown as the reader writes a date.
                  byDay.map(([day]) => localTime(lang(), day, localZone())),
                  [{ label: t('denied'), values: byDay.map(([, n]) => n), colour }],
                ),
              ),
            ),
          );
        },
        (error: unknown) => replace(charts, errorNotice(error)),
      );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  // What the status says (exported, or a day missing) is about the period it was said of: a changed period clears it.
  form.addEventListener('input', () => replace(status));
  form.querySelector('#export-csv')?.addEventListener('click', () => {
    const { from, to, fromDay, toDay } = period();
    // The export always names its period (the service caps it), so both days are needed.
    if (!from || !to) {
      replace(status, el('div', { class: 'notice warn small field-error' }, t('periodNeeded')));
      return;
    }
    replace(status, loading());
    ctx.api.text('/v1/audit/export', { from, to, lang: lang(), tz: localZone() }).then(
      (csv) => {
        download(`audit-${fromDay}-${toDay}.csv`, csv);
        replace(
          status,
          el(
            'div',
            { class: 'notice ok small' },
            t('exported', { from: fromDay ?? '', to: toDay ?? '' }),
          ),
        );
      },
      (error: unknown) => replace(status, errorNotice(error)),
    );
  });
  load();
  return el('div', {}, form, status, charts);
}
