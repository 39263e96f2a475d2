import { parseArgs } from 'node:util';
import { AppError } from '../../app/app-error.js';
import { calibrateRanking } from '../../app/calibration/calibrate-ranking.js';
import type { Calibration } from '../../domain/ranking/calibration-file.js';
import { DEFAULT_RELIABILITIES } from '../../domain/ranking/reliabilities.js';
import { renderMessage } from '../../messages/render-message.js';
import { writeCalibrationFile } from '../../node/calibration-file.js';
import { cliLang } from '../cli-lang.js';
import { wordsFor } from '../cli-words.js';
import { commandConfig, openStore } from '../open-store.js';
import { UsageError } from '../usage-error.js';
import { formatCalibration } from './calibration-report.js';

export const CALIBRATE_HELP = `Usage: skipgraph calibrate [--db PATH] [--store sqlite|neo4j] [--out PATH] [--at TIME] [--dry-run] [--lang zh-CN|en] [--json]

Fits the ranking's source, relation, age and employment reliabilities to the portfolio's recorded
attempts (each pulled toward its documented default, so little data changes little), writes the
calibration file the ranking loads, and reports the Brier score and a reliability table with the
defaults and with the fit. Attempts that reached no decision (no answer, busy) are left out.

Options:
  --db PATH        SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --store KIND     sqlite (default) or neo4j (env NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).
  --out PATH       Calibration file to write (env SKIPGRAPH_CALIBRATION, default ./data/calibration.json).
  --at TIME        Use the attempts recorded before this ISO time (default: now).
  --dry-run        Report only; write nothing.
  --lang L         zh-CN or en for errors (default: from LC_ALL or LANG).
  --json           Print the calibration as JSON instead of the report.
  -h, --help       Show this help.

The service reads the file at start (restart it to apply a new calibration).
Exit code 0 when calibrated, 1 on a usage or store error or when no attempt has a decided outcome.
`;

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
    out(CALIBRATE_HELP.trimEnd());
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
      : formatCalibration(lang, calibration, DEFAULT_RELIABILITIES.source),
  );
  if (!values['dry-run']) {
    await writeCalibrationFile(path, calibration);
    err(renderMessage(lang, 'calibration_written', { id: calibration.id, path }));
  }
  return 0;
}
