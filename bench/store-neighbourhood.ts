/**
 * Neighbourhood latency of the embedded store on a large synthetic graph.
 *
 *   npx tsx bench/store-neighbourhood.ts [--persons 1000000] [--db PATH] [--samples 2000]
 *
 * Builds (once; an existing file at --db is reused) the synthetic graph of scripts/gen-graph.ts:
 * realistic degree, shared household lines and "hub" numbers held by dozens of unrelated
 * debtors, a few employers with thousands of staff. Then times `neighbourhood(debtor, depth)`
 * for random debtors through the public store API and prints p50/p95/p99 (wall and CPU time).
 * The database file (about 1 GB for a million persons) is kept for the next run; delete it
 * when done.
 */
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  GENERATOR_VERSION,
  type GraphSpec,
  generateIntoStore,
  isDebtorIndex,
  personId,
} from '../scripts/gen-graph.js';
import { seededRandom } from '../src/demo/seeded-random.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';
import type { SqliteGraphStore } from '../src/store/sqlite/sqlite-graph-store.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const PERSONS = Number(arg('persons', '1000000'));
const SPEC: GraphSpec = { persons: PERSONS };
const DB = arg('db', join(tmpdir(), `skipgraph-bench-${PERSONS}-g${GENERATOR_VERSION}.db`));
const SAMPLES = Number(arg('samples', '2000'));
const BATCH = 10_000;

async function build(store: SqliteGraphStore): Promise<void> {
  const done = await generateIntoStore(store, SPEC, BATCH, (p) => {
    process.stderr.write(
      `\rloaded ${p.persons}/${PERSONS} persons (${(p.elapsedMs / 1000).toFixed(0)} s)`,
    );
  });
  process.stderr.write(`\nloaded in ${(done.elapsedMs / 1000).toFixed(1)} s\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time(store: SqliteGraphStore, depth: number): Promise<void> {
  const rand = seededRandom(7);
  const ms: number[] = [];
  // CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours.
  const cpu: number[] = [];
  let nodes = 0;
  let edges = 0;
  let truncated = 0;
  for (let s = 0; s < SAMPLES; s++) {
    let i = Math.floor(rand() * PERSONS);
    for (let step = 0; !isDebtorIndex(i, SPEC); step++) {
      if (step >= PERSONS) throw new Error('the graph has no debtor');
      i = (i + 1) % PERSONS;
    }
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const g = await store.neighbourhood(personId(i), depth);
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    nodes += g.nodes.length;
    edges += g.edges.length;
    if (g.truncated !== undefined) truncated++;
  }
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `depth ${depth}: p50 ${percentile(ms, 50).toFixed(2)} ms, p95 ${percentile(ms, 95).toFixed(2)} ms, p99 ${percentile(ms, 99).toFixed(2)} ms, max ${ms[ms.length - 1]?.toFixed(2)} ms ` +
      `(cpu p50 ${percentile(cpu, 50).toFixed(2)} ms, p99 ${percentile(cpu, 99).toFixed(2)} ms); ` +
      `avg ${(nodes / SAMPLES).toFixed(1)} nodes, ${(edges / SAMPLES).toFixed(1)} edges; ${truncated}/${SAMPLES} hit the fan-out cap`,
  );
}

const reuse = existsSync(DB);
const store = await openSqliteStore(DB);
try {
  if (!reuse) await build(store);
  const counts = await store.counts();
  const totalEdges = Object.values(counts.edges).reduce((a, b) => a + b, 0);
  console.log(
    `${DB}: ${counts.nodes['person']} persons, ${totalEdges} relationships, ${(statSync(DB).size / 1e6).toFixed(0)} MB${reuse ? ' (reused)' : ''}`,
  );
  // Warm the page cache the way a running server would be.
  await time(store, 1);
  for (const depth of [1, 2, 3]) await time(store, depth);
} finally {
  await store.close();
}
