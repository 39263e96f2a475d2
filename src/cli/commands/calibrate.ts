import { parseArgs } from 'node:util';
import { AppError } from '../../app/app-error.js';
import { calibrateRanking } from '../../app/calibration/calibrate-ranking.js';
import type { Calibration } from '../../domain/ranking/calibration-file.js';
import type { CalibrationReport } from '../../domain/ranking/calibration-report.js';
import { DEFAULT_RELIABILITIES } from '../../domain/ranking/reliabilities.js';
import { renderMessage } from '../../messages/render-message.js';
import { writeCalibrationFile } from '../../node/calibration-file.js';
import { cliLang } from '../cli-lang.js';
import { wordsFor } from '../cli-words.js';
import { helpText } from '../help-text.js';
import { commandConfig, openStore } from '../open-store.js';
import { UsageError } from '../usage-error.js';

type Print = (line: string) => void;

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function tableLines(title: string, r: CalibrationReport): string[] {
  const lines = [`${title}: Brier ${r.brier.toFixed(4)} on ${r.samples} decided attempts`];
  lines.push('  predicted    attempts  mean predicted  observed');
  for (const row of r.table)
    lines.push(
      `  ${pad(`${row.from.toFixed(1)}–${row.to.toFixed(1)}`, 11)}  ${pad(String(row.count), 8)}  ${pad(row.meanPredicted.toFixed(3), 14)}  ${row.observedRate.toFixed(3)}`,
    );
  return lines;
}

/** The calibration report in words: what changed and how well each set predicts. */
export function formatCalibration(c: Calibration, defaults: Calibration['source']): string {
  const lines = [
    `calibration ${c.id} (format ${c.format} v${c.version}): ${c.samples} decided of ${c.attempts} attempts, prior worth ${c.priorStrength} attempts`,
    '',
    'source reliability (default → fitted, attempts):',
  ];
  for (const [k, n] of Object.entries(c.support.source).sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(
      `  ${pad(k, 20)} ${(defaults[k] ?? 0.6).toFixed(2)} → ${(c.source[k] ?? 0).toFixed(2)}  (${n})`,
    );
  lines.push('relation reliability (fitted, attempts):');
  for (const [k, n] of Object.entries(c.support.relation).sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(
      `  ${pad(k, 20)} ${(c.relation[k as keyof typeof c.relation] ?? 0).toFixed(2)}  (${n})`,
    );
  if (c.employment !== undefined)
    lines.push(
      'employment reliability (workplace routes; default → fitted, attempts):',
      `  ${pad('employment', 20)} ${DEFAULT_RELIABILITIES.employment.toFixed(2)} → ${c.employment.toFixed(2)}  (${c.support.employment ?? 0})`,
    );
  lines.push('age factor on a contact’s evidence (fitted, attempts):');
  for (const [i, a] of c.age.entries())
    lines.push(
      `  ${pad(`from ${a.fromDays} days`, 20)} ${a.factor.toFixed(2)}  (${c.support.age[i] ?? 0})`,
    );
  lines.push('', ...tableLines('with the defaults', c.report.before), '');
  lines.push(...tableLines('with the calibration', c.report.after));
  return lines.join('\n');
}

/**
 * `skipgraph calibrate`: fits the ranking to the configured store's outcomes and writes the file.
 * @example await runCalibrateCommand(['--db', './data/skipgraph.db', '--dry-run'])
 */
export async function runCalibrateCommand(
  argv: string[],
  io: { env?: Record<string, string | undefined>; out?: Print; err?: Print; now?: () => Date } = {},
): Promise<number> {
  const out: Print = io.out ?? ((line) => process.stdout.write(`${line}\n`));
  const err: Print = io.err ?? ((line) => process.stderr.write(`${line}\n`));
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      store: { type: 'string' },
      out: { type: 'string' },
      at: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    out(helpText(cliLang(values.lang, io.env ?? process.env), 'calibrate'));
    return 0;
  }
  const lang = cliLang(values.lang, io.env ?? process.env);
  if (positionals.length > 0)
    throw new UsageError('cli_takes_no_arguments', { command: 'calibrate' });
  const at = values.at !== undefined ? new Date(values.at) : (io.now ?? (() => new Date()))();
  if (Number.isNaN(at.getTime())) throw new UsageError('cli_at_not_iso');
  const loaded = commandConfig(io.env ?? process.env, values);
  if (!loaded.ok) {
    err(
      renderMessage(lang, 'cli_configuration_error', {
        problems: loaded.problems.join('; '),
      }),
    );
    return 1;
  }
  const path = values.out ?? loaded.config.calibrationPath;
  const store = await openStore(loaded.config);
  let calibration: Calibration;
  try {
    calibration = await calibrateRanking({ store }, at);
  } catch (error) {
    if (error instanceof AppError) {
      err(`skipgraph calibrate: ${wordsFor(lang, error)} (${error.code})`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
  out(
    values.json
      ? JSON.stringify(calibration, null, 2)
      : formatCalibration(calibration, DEFAULT_RELIABILITIES.source),
  );
  if (!values['dry-run']) {
    await writeCalibrationFile(path, calibration);
    err(`calibration ${calibration.id} written to ${path} (restart the service to apply it)`);
  }
  return 0;
}
