/**
 * The worklist's first page on a large portfolio in the embedded store.
 *
 *   npx tsx bench/worklist.bench.ts [--accounts 100000] [--samples 30]
 *
 * Builds a synthetic graph with scripts/gen-graph.ts (persons added until the open accounts reach
 * --accounts), puts every account on the worklist and re-ranks all of them once (the upkeep's
 * full rebuild), with a promise due today on one account in 200; cached as bench/.data/worklist-N.db.
 * Then times GET /v1/worklist's use case (first page, limit 20, the reference policies' guard on
 * each examined account) and the next page. Writes the figures into bench/RESULTS.md under
 * "## Worklist".
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  GENERATOR_VERSION,
  type GraphSpec,
  generateIntoStore,
  personBatch,
} from '../scripts/gen-graph.js';
import { PolicyRegistry } from '../src/app/policy/policy-registry.js';
import { getWorklist } from '../src/app/worklist/get-worklist.js';
import { refreshStaleWorklist } from '../src/app/worklist/refresh-worklist.js';
import { worklistPreview } from '../src/app/worklist/worklist-preview.js';
import type { GraphStore } from '../src/store/graph-store.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';
import { median } from './median.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const RESULTS = join(HERE, 'RESULTS.md');
const AT = new Date('2026-11-23T02:00:00Z');
const PROMISE_EVERY = 200;

function personsFor(accounts: number, spec: Omit<GraphSpec, 'persons'>): number {
  let persons = 0;
  let found = 0;
  while (found < accounts) {
    found += personBatch(
      { ...spec, persons: persons + 10_000 },
      persons,
      persons + 10_000,
    ).accounts.filter((a) => a.status === 'open').length;
    persons += 10_000;
  }
  return persons;
}

async function build(
  db: string,
  accounts: number,
  log: (s: string) => void,
): Promise<{ store: GraphStore; buildSeconds?: number; openAccounts: number }> {
  const base = { seed: 7 };
  const persons = personsFor(accounts, base);
  const spec: GraphSpec = { ...base, persons };
  const marker = `${db}.done`;
  const wanted = JSON.stringify({ ...spec, generator: GENERATOR_VERSION, worklist: 1 });
  const count = async (store: GraphStore) =>
    (
      await store.worklistPage({
        today: '9999-12-31',
        tomorrow: '9999-12-31',
        stageDueDates: { early: '0', mid: '0', late: '0', writeoff: '0' },
        limit: 1_000_000,
      })
    ).length;
  if (existsSync(db) && existsSync(marker) && readFileSync(marker, 'utf8') === wanted) {
    log(`reusing ${db}`);
    const store = await openSqliteStore(db);
    return { store, openAccounts: await count(store) };
  }
  for (const f of [db, `${db}-wal`, `${db}-shm`, marker]) rmSync(f, { force: true });
  mkdirSync(dirname(db), { recursive: true });
  const started = Date.now();
  log(`building ${persons.toLocaleString('en')} persons into ${db} …`);
  const store = await openSqliteStore(db);
  await generateIntoStore(store, spec, 5000);
  let n = 0;
  for (let from = 0; from < persons; from += 5000) {
    const ids = personBatch(spec, from, Math.min(persons, from + 5000)).accounts.map((a) => a.id);
    await store.markWorklistStale({ accountIds: ids });
    for (const id of ids)
      if (++n % PROMISE_EVERY === 0) {
        await store.putPromise({
          id: `PTP-${id}`,
          accountId: id,
          amount: 100,
          currency: 'CNY',
          dueDate: '2026-11-23',
          madeAt: '2026-11-20T02:00:00Z',
        });
        await store.setWorklistPromise(id, '2026-11-23');
      }
  }
  log(`  re-ranking ${n.toLocaleString('en')} accounts …`);
  await refreshStaleWorklist({ store }, AT, {
    batch: 1000,
    onProgress: (done) => {
      if (done % 10_000 === 0)
        log(
          `  ${done.toLocaleString('en')} ranked, ${Math.round((Date.now() - started) / 1000)} s`,
        );
    },
  });
  writeFileSync(marker, wanted);
  return {
    store,
    buildSeconds: Math.round((Date.now() - started) / 1000),
    openAccounts: await count(store),
  };
}

/** Runs the benchmark and writes its section of bench/RESULTS.md. */
export async function main(argv: string[] = []): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: { accounts: { type: 'string' }, samples: { type: 'string' } },
  });
  const accounts = Number(values.accounts ?? 100_000);
  const samples = Number(values.samples ?? 30);
  const log = (s: string) => void process.stderr.write(`${s}\n`);
  const db = join(HERE, '.data', `worklist-${accounts}.db`);
  const load = loadavg()[0]?.toFixed(1);
  const { store, buildSeconds, openAccounts } = await build(db, accounts, log);
  const registry = await PolicyRegistry.open(join(HERE, '..', 'policies'), { watch: false });
  const deps = { store, preview: worklistPreview(store, registry) };
  const first: number[] = [];
  const next: number[] = [];
  let rows = 0;
  let apart = 0;
  for (let i = 0; i < samples + 3; i++) {
    const at = new Date(AT.getTime() + i * 60_000);
    const t0 = performance.now();
    const page = await getWorklist(deps, { at, limit: 20, zone: 'Asia/Shanghai' });
    const t1 = performance.now();
    if (page.nextCursor)
      await getWorklist(deps, { at, limit: 20, zone: 'Asia/Shanghai', cursor: page.nextCursor });
    const t2 = performance.now();
    if (i < 3) continue; // warm-up
    first.push(t1 - t0);
    next.push(t2 - t1);
    rows = page.items.length;
    apart = page.apart.length;
  }
  registry.close();
  await store.close();
  const r = (x: number) => x.toFixed(1);
  const section = [
    '## Worklist',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npx tsx bench/worklist.bench.ts\` on ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}; load average ${load} at the start (other work on the machine).`,
    `Embedded SQLite store, ${openAccounts.toLocaleString('en')} open accounts on the worklist (scripts/gen-graph.ts graph, every account ranked once${buildSeconds !== undefined ? `, built in ${buildSeconds} s` : ', reused from bench/.data'}), one in ${PROMISE_EVERY} with a promise due today; reference policies' guard on each examined account; ${samples} pages after 3 warm-up pages, milliseconds.`,
    '',
    '| operation | median | max |',
    '| --- | --- | --- |',
    `| first page (limit 20: ${rows} callable + ${apart} apart) | **${r(median(first))}** | ${r(Math.max(...first))} |`,
    `| next page (cursor) | ${r(median(next))} | ${r(Math.max(...next))} |`,
    '',
    'Target: first page ≤ 200 ms at 100,000 open accounts.',
    '',
  ].join('\n');
  process.stdout.write(`${section}\n`);
  const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n\n';
  const start = old.indexOf('## Worklist');
  const rest = start < 0 ? -1 : old.indexOf('\n## ', start + 1);
  const updated =
    start < 0
      ? `${old.trimEnd()}\n\n${section}`
      : `${old.slice(0, start)}${section}${rest < 0 ? '' : old.slice(rest + 1)}`;
  writeFileSync(RESULTS, updated);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
