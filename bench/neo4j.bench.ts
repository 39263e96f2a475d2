/**
 * Neo4j beside the embedded store, in one run: `npm run bench -- --store neo4j [--persons N]
 * [--samples S] [--checks C]`. Generates the same synthetic graph (scripts/gen-graph.ts) into a
 * fresh SQLite file and into Neo4j (NEO4J_URI when set, else the local Neo4j of scripts/neo4j),
 * through the store port (embedded: 5000 persons per transaction; Neo4j: UNWIND batches of 1000
 * rows, 1000 persons per transaction, see NEO4J_PERSONS_PER_TX), then times on both: the import, getRoutes for S random debtors (p50/p99), and C guard checks one after
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
/** Persons per import transaction into the embedded store. */
const SQLITE_PERSONS_PER_TX = 5000;
/**
 * Persons per import transaction into Neo4j (about 15,000 rows): a transaction's state lives on
 * the server's heap until commit, and five times as much cost more server CPU per person (larger
 * maps in the transaction state, young collections copying it) and, on a loaded machine, ran past
 * the 30 s transaction timeout.
 */
const NEO4J_PERSONS_PER_TX = 1000;
/**
 * The local Neo4j of the bench: heap fixed at its maximum (no resizing) with a young generation
 * large enough that a transaction's state dies young instead of being copied collection after
 * collection, and a page cache that holds the 1M-person store.
 */
const BENCH_NEO4J = { heap: '3g', pageCache: '3g', jvmOptions: ['-Xms3g', '-Xmn1g'] } as const;
const BENCH_NEO4J_TEXT = 'one JVM, -Xms3g -Xmx3g -Xmn1g, serial GC, page cache 3g';

interface StoreFigures {
  importSeconds: number;
  /** CPU seconds the server process spent during the import (Neo4j only). */
  serverCpuSeconds?: number;
  /** CPU seconds this process spent during the import. */
  clientCpuSeconds: number;
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

/** CPU seconds (user + system) a process has used so far, from /proc (Linux), or undefined. */
function processCpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

async function measure(
  store: GraphStore,
  spec: GraphSpec,
  personsPerTx: number,
  samples: number,
  checks: number,
  log: (s: string) => void,
  serverPid?: number,
): Promise<StoreFigures> {
  log(`  importing ${spec.persons.toLocaleString('en')} persons …`);
  const serverCpu0 = serverPid === undefined ? undefined : processCpuSeconds(serverPid);
  const clientCpu0 = process.cpuUsage();
  const imported = await generateIntoStore(store, spec, personsPerTx, (p) => {
    if (p.persons % 20_000 === 0)
      log(`    ${p.persons.toLocaleString('en')} persons, ${(p.elapsedMs / 1000).toFixed(0)} s`);
  });
  const clientCpu = process.cpuUsage(clientCpu0);
  const serverCpu1 = serverPid === undefined ? undefined : processCpuSeconds(serverPid);
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
    ...(serverCpu0 !== undefined && serverCpu1 !== undefined
      ? { serverCpuSeconds: serverCpu1 - serverCpu0 }
      : {}),
    clientCpuSeconds: (clientCpu.user + clientCpu.system) / 1e6,
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
  const perPersonMs = (cpu: number) => ((cpu * 1000) / spec.persons).toFixed(2);
  const cpuLine =
    neo.serverCpuSeconds === undefined
      ? `Neo4j import: this process used ${neo.clientCpuSeconds.toFixed(0)} CPU s.`
      : `Where the Neo4j import time goes: the server used ${neo.serverCpuSeconds.toFixed(0)} CPU s (${perPersonMs(neo.serverCpuSeconds)} ms per person), this process ${neo.clientCpuSeconds.toFixed(0)} CPU s (generating the rows and encoding them for Bolt), of ${neo.importSeconds.toFixed(0)} s elapsed; the rest is waiting for a core on this shared machine. With a core of its own the server would import about ${Math.round(spec.persons / neo.serverCpuSeconds).toLocaleString('en')} persons/s.`;
  const line = (name: string, f: StoreFigures) =>
    `| ${name} | ${f.importSeconds.toFixed(0)} s | ${rate(f).toLocaleString('en')} | ${Math.round(f.rows / f.importSeconds).toLocaleString('en')} | ${f.routes.p50.toFixed(2)} | ${f.routes.p99.toFixed(2)} | ${f.checksPerSecond} |`;
  return [
    SECTION,
    '',
    `Measured ${when} with \`npm run bench -- --store neo4j --persons ${spec.persons}\` (bench/neo4j.bench.ts) on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; Neo4j ${version} (local, scripts/neo4j: ${BENCH_NEO4J_TEXT}, transaction logs on the same disk) over Bolt, beside the embedded SQLite store, both fed the same ${spec.persons.toLocaleString('en')}-person graph through the store port (embedded: ${SQLITE_PERSONS_PER_TX.toLocaleString('en')} persons per transaction; Neo4j: UNWIND batches of 1,000 rows, pipelined, ${NEO4J_PERSONS_PER_TX.toLocaleString('en')} persons per transaction). Load average (other work on this shared machine): ${load}.`,
    '',
    '| store | import | persons/s | rows/s | getRoutes p50 ms | p99 ms | guard checks/s |',
    '|---|---|---|---|---|---|---|',
    line('embedded SQLite', sqlite),
    line('Neo4j 5.26 (Bolt)', neo),
    '',
    `Routes: ${neo.routes.n} random debtors, one after another, after 50 warm-up calls. Guard checks: ${neo.checks} sequential POST /v1/guard/check decisions (context load, decide, audit write), shipped policies.`,
    `Neo4j / embedded: import ${(neo.importSeconds / sqlite.importSeconds).toFixed(1)}× the time, getRoutes p50 ${(neo.routes.p50 / sqlite.routes.p50).toFixed(1)}×, guard checks ${(sqlite.checksPerSecond / Math.max(1, neo.checksPerSecond)).toFixed(1)}× fewer per second.`,
    cpuLine,
    ...(spec.persons < 1_000_000
      ? [
          `At 1M persons, extrapolated linearly from this run (the import rate of both stores falls as indexes grow, so this is a lower bound): embedded about ${at1M(sqlite)} min, Neo4j about ${at1M(neo)} min.`,
        ]
      : []),
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
  const sqlite = await measure(sqliteStore, spec, SQLITE_PERSONS_PER_TX, samples, checks, log);
  await sqliteStore.close();

  const local = process.env.NEO4J_URI ? undefined : await startLocalNeo4j(BENCH_NEO4J);
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
    const neo = await measure(
      neoStore,
      spec,
      NEO4J_PERSONS_PER_TX,
      samples,
      checks,
      log,
      local?.pid,
    );
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
