import type { Calibration } from '../../domain/ranking/calibration-file.js';
import type { CalibrationReport } from '../../domain/ranking/calibration-report.js';
import { DEFAULT_RELIABILITIES } from '../../domain/ranking/reliabilities.js';
import type { Lang } from '../../messages/language.js';
import { type MessageParams, renderMessage } from '../../messages/render-message.js';
import { padToWidth, textWidth } from '../text-width.js';

/** Columns a fitted value's label takes at least, so the values line up under one another. */
const LABEL_COLUMNS = 20;
/** The reliability table's narrowest columns (predicted, attempts, mean predicted); observed is last. */
const TABLE_COLUMNS = [11, 8, 14] as const;

function byKey<T>(entries: [string, T][]): [string, T][] {
  return entries.sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The reliability table: its headings and one row per tenth of predictions, columns as wide as their widest cell. */
function tableLines(lang: Lang, set: 'defaults' | 'calibration', r: CalibrationReport): string[] {
  const words = (code: string, params: MessageParams = {}): string =>
    renderMessage(lang, code, params);
  const rows = [
    ['calibration_table_predicted', 'calibration_table_attempts', 'calibration_table_mean'].map(
      (code) => words(code),
    ),
    ...r.table.map((row) => [
      words('calibration_table_range', { from: row.from, to: row.to }),
      words('calibration_table_count', { n: row.count }),
      words('calibration_table_rate', { rate: row.meanPredicted }),
    ]),
  ];
  const last = [words('calibration_table_observed')].concat(
    r.table.map((row) => words('calibration_table_rate', { rate: row.observedRate })),
  );
  const widths = TABLE_COLUMNS.map((min, i) =>
    Math.max(min, ...rows.map((cells) => textWidth(cells[i] ?? ''))),
  );
  return [
    words('calibration_report_brier', { set, brier: r.brier, samples: r.samples }),
    ...rows.map(
      (cells, k) =>
        `  ${cells.map((cell, i) => padToWidth(cell, widths[i] ?? 0)).join('  ')}  ${last[k]}`,
    ),
  ];
}

/**
 * The calibration report in the reader's language: what changed and how well each set predicts.
 * @example out(formatCalibration('zh-CN', calibration, DEFAULT_RELIABILITIES.source))
 */
export function formatCalibration(
  lang: Lang,
  c: Calibration,
  defaults: Calibration['source'],
): string {
  const words = (code: string, params: MessageParams = {}): string =>
    renderMessage(lang, code, params);
  // Each row: its label and what follows it; the labels are padded to one width across sections.
  type Row = [label: string, values: string];
  const sources: Row[] = byKey(Object.entries(c.support.source)).map(([k, n]) => [
    words('calibration_report_source_label', { source: k }),
    words('calibration_report_change', { before: defaults[k] ?? 0.6, after: c.source[k] ?? 0, n }),
  ]);
  const relations: Row[] = byKey(Object.entries(c.support.relation)).map(([k, n]) => [
    words('calibration_report_relation_label', { relation: k }),
    words('calibration_report_fitted', {
      after: c.relation[k as keyof typeof c.relation] ?? 0,
      n: n ?? 0,
    }),
  ]);
  const employment: Row[] =
    c.employment === undefined
      ? []
      : [
          [
            words('calibration_report_employment_label'),
            words('calibration_report_change', {
              before: DEFAULT_RELIABILITIES.employment,
              after: c.employment,
              n: c.support.employment ?? 0,
            }),
          ],
        ];
  const ages: Row[] = c.age.map((a, i) => [
    words('calibration_report_age_label', { days: a.fromDays }),
    words('calibration_report_fitted', { after: a.factor, n: c.support.age[i] ?? 0 }),
  ]);
  const width = Math.max(
    LABEL_COLUMNS,
    ...[...sources, ...relations, ...employment, ...ages].map(([label]) => textWidth(label)),
  );
  const shown = (rows: Row[]): string[] =>
    rows.map(([label, values]) => `  ${padToWidth(label, width)} ${values}`);
  const lines = [
    words('calibration_report_heading', {
      id: c.id,
      format: c.format,
      version: c.version,
      samples: c.samples,
      attempts: c.attempts,
      prior: c.priorStrength,
    }),
    '',
    words('calibration_report_sources'),
    ...shown(sources),
    words('calibration_report_relations'),
    ...shown(relations),
  ];
  if (employment.length > 0)
    lines.push(words('calibration_report_employment'), ...shown(employment));
  lines.push(words('calibration_report_ages'), ...shown(ages));
  lines.push('', ...tableLines(lang, 'defaults', c.report.before), '');
  lines.push(...tableLines(lang, 'calibration', c.report.after));
  return lines.join('\n');
}
