/**
 * What the load benchmarks over HTTP (bench/http.bench.ts, bench/workers.bench.ts) share: their
 * load options and limits, the load average line, the generated graph they serve, the hello-world.
 */
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GraphSpec, generateIntoStore } from '../scripts/gen-graph.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';
import { type ServerProcess, startServer } from './http-server-process.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');

/** A collector's key: the role that checks, sends and reads routes. */
export const KEY = 'bench-collector-key-0001';

/** Warm-up before each measured run, so the JIT and SQLite's page cache are warm. */
export const WARM_UP_SECONDS = 5;

/** The service's environment: the key, a rate limit the load never reaches, loopback only. */
export const SERVICE_ENV = {
  SKIPGRAPH_API_KEYS: `${KEY}:collector`,
  SKIPGRAPH_RATE_LIMIT: '100000000',
  HOST: '127.0.0.1',
};

/** The parseArgs options every load benchmark takes. */
export const LOAD_OPTIONS = {
  persons: { type: 'string', default: '20000' },
  connections: { type: 'string', default: '16' },
  seconds: { type: 'string', default: '10' },
  'no-write': { type: 'boolean', default: false },
} as const;

/** A load run's size: graph persons, connections, seconds per target. */
export interface LoadSettings {
  persons: number;
  connections: number;
  seconds: number;
}

/** The settings from the parsed options, within bounds (the load stays bounded in time and count). */
export function loadSettings(values: {
  persons: string;
  connections: string;
  seconds: string;
}): LoadSettings {
  const persons = Number(values.persons);
  const connections = Number(values.connections);
  const seconds = Number(values.seconds);
  if (
    ![persons, connections, seconds].every((x) => Number.isInteger(x) && x > 0) ||
    persons < 100 ||
    seconds > 60 ||
    connections > 256
  )
    throw new Error(
      '--persons (≥ 100), --connections (≤ 256) and --seconds (≤ 60) must be whole numbers',
    );
  return { persons, connections, seconds };
}

/** The 1-, 5- and 15-minute load averages, for the results' machine line. */
export function loadAverage(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

/** Progress lines go to stderr (stdout carries the table). */
export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Generates the synthetic graph of `persons` into `dir`/graph.db; returns the file, the spec and the build time. */
export async function buildGraph(
  dir: string,
  persons: number,
): Promise<{ db: string; spec: GraphSpec; buildSeconds: number }> {
  const db = join(dir, 'graph.db');
  const spec: GraphSpec = { persons, seed: 1 };
  log(`building ${persons.toLocaleString('en')} persons into ${db} …`);
  const store = await openSqliteStore(db);
  const built = await generateIntoStore(store, spec, 5000, () => undefined);
  await store.close();
  return { db, spec, buildSeconds: Math.round(built.elapsedMs / 1000) };
}

/** Starts the Hono hello-world on the same stack (the baseline of every ratio). */
export function startHello(dir: string): Promise<ServerProcess> {
  return startServer(
    ['--import', 'tsx', join(HERE, 'hello-server.ts')],
    {},
    join(dir, 'hello.log'),
    ROOT,
  );
}
