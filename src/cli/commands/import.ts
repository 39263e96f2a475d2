import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import {
  type IngestFormat,
  type IngestProgress,
  type IngestSummary,
  ingest,
} from '../../app/ingest/ingest.js';
import { IngestInputError, type IngestProblem } from '../../app/ingest/ingest-problem.js';
import { isRecordType, RECORD_TYPES } from '../../app/ingest/record-schemas.js';
import type { TextSource } from '../../app/ingest/text-source.js';
import type { Config } from '../../config/config.js';
import type { Lang } from '../../messages/language.js';
import { type MessageParams, renderMessage } from '../../messages/render-message.js';
import { boundHeapGrowth, IMPORT_HEAP_GROWTH_PERCENT } from '../../node/heap-growth.js';
import type { GraphStore } from '../../store/graph-store.js';
import { argumentProblem, isParseArgsError } from '../argument-problem.js';
import { cliLang, langFlagOf } from '../cli-lang.js';
import { wordsFor } from '../cli-words.js';
import { helpText } from '../help-text.js';
import { commandConfig, openStore, type StoreUse } from '../open-store.js';

/** Anything text can be written to (process.stdout, a test buffer). */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** What the import command needs from the outside world; each defaults to the process's own. */
export interface ImportDeps {
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  stdin: AsyncIterable<string | Uint8Array>;
  openStore: (config: Config, use?: StoreUse) => Promise<GraphStore>;
}

/** Files above this size get a progress bar on a terminal. */
const PROGRESS_BYTES = 5 * 1024 * 1024;
const MB = 1024 * 1024;
/**
 * Lines per transaction on the embedded store: an index page is then written once for
 * thousands of rows (at 1,000 lines a 1.35M-line import commits 1,350 times); an import holds
 * the write lock for one batch at a time, about a second, so a server on the file still writes between.
 */
const SQLITE_BATCH = 20_000;

/** The import command's arguments, parsed strictly. */
function parseImportArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      type: { type: 'string' },
      format: { type: 'string' },
      region: { type: 'string' },
      db: { type: 'string' },
      store: { type: 'string' },
      'batch-size': { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/**
 * `skipgraph import FILE`: streams the file into the store and reports every rejected line.
 * @example process.exitCode = await runImportCommand(['people.ndjson', '--region', 'CN']);
 */
export async function runImportCommand(
  argv: string[],
  deps: Partial<ImportDeps> = {},
): Promise<number> {
  const io: ImportDeps = {
    stdout: deps.stdout ?? process.stdout,
    stderr: deps.stderr ?? process.stderr,
    env: deps.env ?? process.env,
    stdin: deps.stdin ?? process.stdin,
    openStore: deps.openStore ?? openStore,
  };
  // Read before the arguments are parsed, so a mistake in them is told in the reader's language.
  const lang = cliLang(langFlagOf(argv), io.env);
  const words = (code: string, params: MessageParams = {}): string =>
    renderMessage(lang, code, params);
  const usage = (code: string, params: MessageParams = {}): number => {
    io.stderr.write(`${words(code, params)}\n${words('cli_run_help', { command: 'import' })}\n`);
    return 1;
  };
  const fail = (code: string, params: MessageParams): number => {
    io.stderr.write(`skipgraph import: ${words(code, params)}\n`);
    return 1;
  };

  let parsed: ReturnType<typeof parseImportArgs>;
  try {
    parsed = parseImportArgs(argv);
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    const problem = argumentProblem(error, argv);
    return usage(problem.code, problem.params);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(
      `${helpText(lang, 'import', { types: RECORD_TYPES.join(', '), typeChoices: RECORD_TYPES.join('|') })}\n`,
    );
    return 0;
  }
  if (positionals.length !== 1)
    return positionals.length === 0
      ? usage('cli_import_needs_file')
      : usage('cli_import_one_file', { count: positionals.length });
  const file = positionals[0] as string;

  if (values.format !== undefined && values.format !== 'ndjson' && values.format !== 'csv')
    return usage('cli_import_format', { format: values.format });
  const format: IngestFormat =
    (values.format as IngestFormat | undefined) ??
    (extname(file).toLowerCase() === '.csv' ? 'csv' : 'ndjson');
  if (values.type !== undefined && !isRecordType(values.type))
    return usage('cli_import_type', { types: RECORD_TYPES.join(', ') });
  if (values.type !== undefined && format !== 'csv') return usage('cli_import_type_not_csv');
  const region = values.region ?? io.env.SKIPGRAPH_DEFAULT_REGION;
  if (region !== undefined && !/^[A-Za-z]{2}$/.test(region)) return usage('cli_import_region');
  let batchSize: number | undefined;
  if (values['batch-size'] !== undefined) {
    batchSize = Number(values['batch-size']);
    if (!Number.isInteger(batchSize) || batchSize < 1) return usage('cli_import_batch_size');
  }

  let size = 0;
  if (file !== '-') {
    try {
      const info = await stat(file);
      if (!info.isFile()) return fail('cli_import_not_a_file', { file });
      size = info.size;
    } catch (error) {
      return fail('cli_import_unreadable', { file, reason: fsReason(error) });
    }
  }

  const loaded = commandConfig(io.env, values);
  if (!loaded.ok) return fail('cli_configuration_error', { problems: loaded.problems });
  const config = loaded.config;
  // A long import's memory stays flat and small; SKIPGRAPH_HEAP_GROWTH, when set, decides instead.
  boundHeapGrowth(
    io.env.SKIPGRAPH_HEAP_GROWTH === undefined
      ? IMPORT_HEAP_GROWTH_PERCENT
      : config.heapGrowthPercent,
  );

  let store: GraphStore;
  try {
    if (config.store === 'sqlite' && config.dbPath !== ':memory:')
      await mkdir(dirname(config.dbPath), { recursive: true });
    store = await io.openStore(config, 'import');
  } catch (error) {
    return fail('cli_store_unopenable', {
      store: config.store,
      reason: error instanceof Error ? error.message : String(error),
    });
  }

  const bar =
    io.stderr.isTTY && size > PROGRESS_BYTES ? progressBar(lang, io.stderr, size) : undefined;
  const source: TextSource = file === '-' ? io.stdin : createReadStream(file);
  const name = file === '-' ? words('cli_standard_input') : basename(file);
  let summary: IngestSummary;
  try {
    summary = await ingest(store, source, {
      format,
      // Dates observed after the import starts are rejected: the command's clock is the machine's.
      now: new Date(),
      ...(values.type !== undefined ? { type: values.type } : {}),
      ...(region !== undefined ? { defaultRegion: region.toUpperCase() } : {}),
      batchSize: batchSize ?? (config.store === 'sqlite' ? SQLITE_BATCH : undefined),
      ...(bar
        ? {
            onProgress: (p: IngestProgress) =>
              bar.update(p.bytes, { accepted: p.accepted, rejected: p.rejected }),
          }
        : {}),
      // As found, so a file with a million bad lines is still listed in full without being held.
      ...(values.json
        ? {}
        : { onReject: (p: IngestProblem) => io.stdout.write(`${problemLine(lang, p)}\n`) }),
    });
  } catch (error) {
    bar?.stop();
    await store.close();
    if (error instanceof IngestInputError)
      return usage('cli_coded', { code: error.code, words: wordsFor(lang, error) });
    return fail('cli_import_stopped', { name, reason: fsReason(error) });
  }
  if (bar) {
    bar.update(size, { accepted: summary.accepted, rejected: summary.rejectedCount });
    bar.stop();
  }
  await store.close();

  if (values.json)
    io.stdout.write(
      `${JSON.stringify({ file: file === '-' ? 'standard input' : name, format, ...summary })}\n`,
    );
  else io.stdout.write(summaryText(lang, name, summary));
  return summary.rejectedCount > 0 ? 2 : 0;
}

/** `line 17: phone_invalid: number: "*********00" is not a valid number for CN` (`warning: line …` for a warning). */
function problemLine(lang: Lang, p: IngestProblem, kind: 'line' | 'warning' = 'line'): string {
  return renderMessage(lang, kind === 'line' ? 'cli_import_line' : 'cli_import_warning', {
    line: String(p.line),
    code: p.code,
    words: wordsFor(lang, p),
  });
}

function summaryText(lang: Lang, name: string, s: IngestSummary): string {
  const types = Object.entries(s.byType)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => renderMessage(lang, 'import_type_count', { type: t, count: String(n) }))
    .join(renderMessage(lang, 'import_list_separator'));
  const out = [
    renderMessage(lang, 'cli_import_summary', {
      name,
      accepted: String(s.accepted),
      rejected: String(s.rejectedCount),
      skipped: String(s.skipped),
    }),
    ...(types ? [`  ${types}`] : []),
    ...s.warnings.map((w) => problemLine(lang, w, 'warning')),
  ];
  return `${out.join('\n')}\n`;
}

/** The bar's tokens, left in its format for cli-progress to fill on every redraw. */
const PROGRESS_TOKENS = ['bar', 'percentage', 'mb', 'totalMb', 'accepted', 'rejected'] as const;

function progressBar(lang: Lang, stream: Output, total: number): cliProgress.SingleBar {
  const tokens = Object.fromEntries(PROGRESS_TOKENS.map((t) => [t, `{${t}}`]));
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      // Worded once: the catalogue places the tokens, cli-progress fills them as the file is read.
      format: renderMessage(lang, 'import_progress', tokens),
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { accepted: 0, rejected: 0, mb: '0.0', totalMb: (total / MB).toFixed(1) });
  const update = bar.update.bind(bar);
  // Show megabytes rather than raw byte counts.
  bar.update = ((value: number, payload?: object) =>
    update(value, { ...payload, mb: (value / MB).toFixed(1) })) as typeof bar.update;
  return bar;
}

/** Why a file could not be read: ENOENT, EACCES or EISDIR (worded by the catalogue), else the error's own text. */
function fsReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'EISDIR') return code;
  if (code === 'EACCES' || code === 'EPERM') return 'EACCES';
  return error instanceof Error ? error.message : String(error);
}
