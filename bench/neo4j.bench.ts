/**
 * Neo4j beside the embedded store, in one run: `npm run bench -- --store neo4j [--persons N]
 * [--samples S] [--checks C]`. Generates the same synthetic graph (scripts/gen-graph.ts) into a
 * fresh SQLite file and into Neo4j (NEO4J_URI when set, else the local Neo4j of scripts/neo4j),
 * through the store port (UNWIND batches of 1000 rows, 5000 persons per transaction), then times
 * on both: the import, getRoutes for S random debtors (p50/p99), and C guard checks one after
 * another (POST /v1/guard/check's use case with the shipped policies, each decision audited).
 * Writes the figures and the machine into bench/RESULTS.md under "## Neo4j beside the embedded store".
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type GraphSpec,
  generateIntoStore,
  personId,
  sampleDebtorIndices,
} from '../scripts/gen-graph.js';
import { startLocalNeo4j } from '../scripts/neo4j/local-neo4j.js';
import { checkGuard } from '../src/app/guard/check-guard.js';
import { PolicyRegistry } from '../src/app/policy/policy-registry.js';
import { getRoutes } from '../src/app/routes/get-routes.js';
import type { GraphStore } from '../src/store/graph-store.js';
import { neo4jConfigFromEnv } from '../src/store/neo4j/neo4j-config.js';
import { openNeo4jStore } from '../src/store/neo4j/open-neo4j-store.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const RESULTS = join(HERE, 'RESULTS.md');
const SECTION = '## Neo4j beside the embedded store';
const AT = new Date('2026-11-23T02:00:00Z');

interface StoreFigures {
  importSeconds: number;
  rows: number;
  routes: { p50: number; p99: number; n: number };
  checksPerSecond: number;
  checks: number;
}

function pct(samples: number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) * 100) / 100;
}

/** For each debtor with an account and a phone: what a guard check is asked. */
async function checkInputs(
  store: GraphStore,
  ids: readonly string[],
): Promise<{ accountId: string; to: string }[]> {
  const out: { accountId: string; to: string }[] = [];
  for (const id of ids) {
    const account = (await store.accountsOf(id)).find((a) => a.role === 'debtor')?.account;
    const phone = (await store.neighbourhood(id, 1)).nodes.find((n) => n.kind === 'phone');
    if (account && phone?.kind === 'phone')
      out.push({ accountId: account.id, to: phone.data.e164 });
  }
  return out;
}

async function measure(
  store: GraphStore,
  spec: GraphSpec,
  samples: number,
  checks: number,
  log: (s: string) => void,
): Promise<StoreFigures> {
  log(`  importing ${spec.persons.toLocaleString('en')} persons …`);
  const imported = await generateIntoStore(store, spec, 5000, (p) => {
    if (p.persons % 20_000 === 0)
      log(`    ${p.persons.toLocaleString('en')} persons, ${(p.elapsedMs / 1000).toFixed(0)} s`);
  });
  const ids = sampleDebtorIndices(spec, samples + 50, 42).map(personId);
  for (const d of ids.slice(samples))
    await getRoutes({ store }, { debtorId: d, at: AT }).catch(() => undefined);
  const times: number[] = [];
  for (const d of ids.slice(0, samples)) {
    const t = performance.now();
    await getRoutes({ store }, { debtorId: d, at: AT }).catch(() => undefined);
    times.push(performance.now() - t);
  }
  const registry = await PolicyRegistry.open(join(HERE, '..', 'policies'), { watch: false });
  const inputs = await checkInputs(store, ids.slice(0, Math.max(1, Math.min(ids.length, 200))));
  const deps = { store, registry, clock: () => AT, newId: () => randomUUID() };
  const started = performance.now();
  let done = 0;
  for (let i = 0; i < checks && inputs.length > 0; i++) {
    const input = inputs[i % inputs.length] as { accountId: string; to: string };
    await checkGuard(deps, { accountId: input.accountId, channel: 'call', to: input.to });
    done++;
  }
  const seconds = (performance.now() - started) / 1000;
  registry.close();
  return {
    importSeconds: imported.elapsedMs / 1000,
    rows: imported.rows,
    routes: { p50: pct(times, 0.5), p99: pct(times, 0.99), n: times.length },
    checksPerSecond: Math.round(done / seconds),
    checks: done,
  };
}

function section(
  spec: GraphSpec,
  sqlite: StoreFigures,
  neo: StoreFigures,
  version: string,
  when: string,
  load: string,
): string {
  const rate = (f: StoreFigures) => Math.round(spec.persons / f.importSeconds);
  const at1M = (f: StoreFigures) => Math.round((f.importSeconds * 1_000_000) / spec.persons / 60);
  const line = (name: string, f: StoreFigures) =>
    `| ${name} | ${f.importSeconds.toFixed(0)} s | ${rate(f).toLocaleString('en')} | ${Math.round(f.rows / f.importSeconds).toLocaleString('en')} | ${f.routes.p50.toFixed(2)} | ${f.routes.p99.toFixed(2)} | ${f.checksPerSecond} |`;
  return [
    SECTION,
    '',
    `Measured ${when} with \`npm run bench -- --store neo4j --persons ${spec.persons}\` (bench/neo4j.bench.ts) on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; Neo4j ${version} (local, scripts/neo4j: one JVM, -Xmx2g, page cache 1g) over Bolt, beside the embedded SQLite store, both fed the same ${spec.persons.toLocaleString('en')}-person graph through the store port. Load average (other work on this shared machine): ${load}.`,
    '',
    '| store | import | persons/s | rows/s | getRoutes p50 ms | p99 ms | guard checks/s |',
    '|---|---|---|---|---|---|---|',
    line('embedded SQLite', sqlite),
    line('Neo4j 5.26 (Bolt)', neo),
    '',
    `Routes: ${neo.routes.n} random debtors, one after another, after 50 warm-up calls. Guard checks: ${neo.checks} sequential POST /v1/guard/check decisions (context load, decide, audit write), shipped policies.`,
    `Neo4j / embedded: import ${(neo.importSeconds / sqlite.importSeconds).toFixed(1)}× the time, getRoutes p50 ${(neo.routes.p50 / sqlite.routes.p50).toFixed(1)}×, guard checks ${(sqlite.checksPerSecond / Math.max(1, neo.checksPerSecond)).toFixed(1)}× fewer per second.`,
    `At 1M persons, extrapolated linearly from this run (the import rate of both stores falls as indexes grow, so this is a lower bound): embedded about ${at1M(sqlite)} min, Neo4j about ${at1M(neo)} min.`,
    '',
  ].join('\n');
}

function writeSection(text: string): void {
  const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const start = old.indexOf(SECTION);
  if (start < 0) {
    writeFileSync(RESULTS, `${old.trimEnd()}\n\n${text}`);
    return;
  }
  const next = old.indexOf('\n## ', start + SECTION.length);
  writeFileSync(RESULTS, `${old.slice(0, start)}${text}${next < 0 ? '' : old.slice(next + 1)}`);
}

/** Runs the benchmark; `argv` as on the command line (after `--store neo4j`). */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      store: { type: 'string' },
      persons: { type: 'string', default: '1000000' },
      samples: { type: 'string', default: '300' },
      checks: { type: 'string', default: '500' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const spec: GraphSpec = { persons: Number(values.persons), seed: 7 };
  const samples = Number(values.samples);
  const checks = Number(values.checks);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const loadStart = loadavg()[0]?.toFixed(1) ?? '?';
  const dir = join(HERE, '.data');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `neo4j-side-${spec.persons}.db`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });

  log('embedded SQLite:');
  const sqliteStore = await openSqliteStore(file);
  const sqlite = await measure(sqliteStore, spec, samples, checks, log);
  await sqliteStore.close();

  const local = process.env.NEO4J_URI
    ? undefined
    : await startLocalNeo4j({ heap: '2g', pageCache: '1g' });
  try {
    const config = local
      ? {
          mode: 'bolt' as const,
          uri: local.bolt,
          user: local.user,
          password: local.password,
          database: 'neo4j',
        }
      : neo4jConfigFromEnv(process.env);
    log(`Neo4j (${config.uri}):`);
    const neoStore = await openNeo4jStore(config);
    const neo = await measure(neoStore, spec, samples, checks, log);
    await neoStore.close();
    const when = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    const text = section(
      spec,
      sqlite,
      neo,
      local?.version ?? 'at NEO4J_URI',
      when,
      `${loadStart} at the start, ${loadavg()[0]?.toFixed(1)} at the end`,
    );
    process.stdout.write(`${text}\n`);
    if (!values['no-write']) writeSection(text);
  } finally {
    await local?.stop();
    rmSync(file, { force: true });
  }
}
