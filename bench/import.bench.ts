/**
 * `npm run bench -- import [--persons 100000] [--no-write]`: `skipgraph import` of a synthetic
 * NDJSON file (scripts/gen-graph.ts) into a new embedded database, as its own process under
 * /usr/bin/time -v: records/s over the wall time and over the CPU time, and peak resident
 * memory; then the same file again (a re-import: every line an upsert that changes nothing).
 * Writes the table, with the machine and the load average, into bench/RESULTS.md under "## Import".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateNdjson } from '../scripts/gen-graph.js';
import { writeResultsSection } from './results-section.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TIME = '/usr/bin/time';

/** One `skipgraph import` process's figures. */
export interface ImportRun {
  label: string;
  records: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakMiB: number;
}

/** One `skipgraph import` process, measured by GNU time. */
function runImport(label: string, file: string, db: string): ImportRun {
  const args = ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'import', file];
  const command = [process.execPath, ...args, '--db', db, '--region', 'CN', '--json'];
  const timed = existsSync(TIME);
  const started = process.hrtime.bigint();
  const out = timed
    ? spawnSync(TIME, ['-v', ...command], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(command[0] as string, command.slice(1), { cwd: ROOT, encoding: 'utf8' });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (out.status !== 0) throw new Error(`import exited ${out.status}: ${out.stderr.slice(-2000)}`);
  const summary = JSON.parse(out.stdout.trim().split('\n').pop() as string) as { accepted: number };
  const field = (name: string): number =>
    Number(new RegExp(`${name}: ([\\d.]+)`).exec(out.stderr)?.[1] ?? Number.NaN);
  return {
    label,
    records: summary.accepted,
    wallSeconds,
    cpuSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    peakMiB: field('Maximum resident set size \\(kbytes\\)') / 1024,
  };
}

/** Runs the import benchmark; `argv` as on the command line after `import`. */
export async function main(argv: string[] = []): Promise<{ persons: number; runs: ImportRun[] }> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      persons: { type: 'string', default: '100000' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const persons = Number(values.persons);
  if (!Number.isInteger(persons) || persons < 100 || persons > 1_000_000)
    throw new Error('--persons must be a whole number from 100 to 1,000,000');
  const load = (): string =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  const startLoad = load();
  const dir = mkdtempSync(join(tmpdir(), 'skipgraph-import-bench-'));
  try {
    const file = join(dir, 'graph.ndjson');
    const db = join(dir, 'graph.db');
    process.stderr.write(`writing ${persons.toLocaleString('en')} persons to ${file} …\n`);
    await generateNdjson(file, { persons, seed: 1 });
    process.stderr.write('importing …\n');
    const runs = [runImport('first import', file, db), runImport('re-import', file, db)];
    const row = (r: ImportRun): string =>
      `| ${r.label} | ${r.records.toLocaleString('en')} | ${r.wallSeconds.toFixed(1)} | ${Math.round(r.records / r.wallSeconds).toLocaleString('en')} | ${r.cpuSeconds.toFixed(1)} | ${Math.round(r.records / r.cpuSeconds).toLocaleString('en')} | ${Math.round(r.peakMiB)} |`;
    const section = [
      '## Import',
      '',
      `Measured ${new Date().toISOString()} with \`npm run bench -- import --persons ${persons}\` (bench/import.bench.ts) on ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}: \`skipgraph import\` of the synthetic graph's NDJSON (${persons.toLocaleString('en')} persons) into a new embedded database, as its own process under GNU time.`,
      `Load average at start ${startLoad}, at end ${load()}: the machine is shared, so records per CPU-second is the steadier figure.`,
      '',
      '| run | records | wall s | records/s | CPU s | records/CPU-s | peak RSS MiB |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...runs.map(row),
      '',
    ].join('\n');
    process.stdout.write(`${section}\n`);
    if (!values['no-write']) writeResultsSection('Import', section);
    return { persons, runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
