import { parseArgs } from 'node:util';
import { AppError } from '../../app/app-error.js';
import { calibrateRanking } from '../../app/calibration/calibrate-ranking.js';
import type { Calibration } from '../../domain/ranking/calibration-file.js';
import { DEFAULT_RELIABILITIES } from '../../domain/ranking/reliabilities.js';
import { renderMessage } from '../../messages/render-message.js';
import { writeCalibrationFile } from '../../node/calibration-file.js';
import { cliLang } from '../cli-lang.js';
import { wordsFor } from '../cli-words.js';
import { helpText } from '../help-text.js';
import { commandConfig, openStore } from '../open-store.js';
import { UsageError } from '../usage-error.js';
import { formatCalibration } from './calibration-report.js';

type Print = (line: string) => void;

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
        problems: loaded.problems,
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
      : formatCalibration(lang, calibration, DEFAULT_RELIABILITIES.source),
  );
  if (!values['dry-run']) {
    await writeCalibrationFile(path, calibration);
    err(renderMessage(lang, 'calibration_written', { id: calibration.id, path }));
  }
  return 0;
}
