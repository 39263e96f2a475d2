import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_TODAY, type GraphSpec } from './synthetic-graph/graph-spec.js';
import {
  generateIntoStore,
  generateNdjson,
  type Progress,
} from './synthetic-graph/graph-writers.js';

export {
  GENERATOR_VERSION,
  type GraphBatch,
  type GraphSpec,
} from './synthetic-graph/graph-spec.js';
export {
  employerRows,
  isDebtorIndex,
  personId,
  sampleDebtorIndices,
} from './synthetic-graph/graph-vocabulary.js';
export {
  generateIntoStore,
  generateNdjson,
  interchangeRecords,
  type Progress,
  writeBatch,
} from './synthetic-graph/graph-writers.js';
export { personBatch } from './synthetic-graph/person-rows.js';

const HELP = `Usage: npx tsx scripts/gen-graph.ts --persons N (--db FILE | --out FILE.ndjson) [--seed S] [--today YYYY-MM-DD] [--batch B]

Generates a synthetic contact graph: 2–4 phones, 3–6 relations and 1–3 addresses per person,
shared household lines and hub numbers, employers, accounts for about a third of the persons,
co-obligors and recent attempts. --db writes into the embedded SQLite store; --out writes NDJSON.
`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      persons: { type: 'string' },
      db: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string', default: DEFAULT_TODAY },
      batch: { type: 'string', default: '5000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const persons = Number(values.persons);
  const batch = Number(values.batch);
  const problem =
    !Number.isInteger(persons) || persons < 1
      ? '--persons must be a whole number of at least 1'
      : !Number.isInteger(batch) || batch < 1
        ? '--batch must be a whole number of at least 1'
        : (values.db === undefined) === (values.out === undefined)
          ? 'give exactly one of --db or --out'
          : Number.isNaN(Date.parse(values.today))
            ? '--today must be a date such as 2026-11-23'
            : undefined;
  if (problem !== undefined) {
    process.stderr.write(`gen-graph: ${problem}\n\n${HELP}`);
    return 1;
  }
  const spec: GraphSpec = { persons, seed: Number(values.seed), today: values.today };
  const report = (p: Progress): void => {
    if (p.persons % (batch * 20) === 0 || p.persons === persons)
      process.stderr.write(
        `  ${p.persons.toLocaleString('en')} persons, ${p.rows.toLocaleString('en')} rows, ${(p.elapsedMs / 1000).toFixed(1)} s\n`,
      );
  };
  if (values.out !== undefined) {
    const done = await generateNdjson(values.out, spec, batch, report);
    process.stderr.write(
      `wrote ${done.rows.toLocaleString('en')} records to ${values.out} in ${(done.elapsedMs / 1000).toFixed(1)} s\n`,
    );
    return 0;
  }
  const { openSqliteStore } = await import('../src/store/sqlite/open-sqlite-store.js');
  mkdirSync(dirname(resolve(values.db!)), { recursive: true });
  const store = await openSqliteStore(values.db!);
  try {
    const done = await generateIntoStore(store, spec, batch, report);
    process.stderr.write(
      `wrote ${done.rows.toLocaleString('en')} rows into ${values.db} in ${(done.elapsedMs / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await store.close();
  }
  return 0;
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(
        `gen-graph: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
