/**
 * The service measured over HTTP with a real load generator (autocannon), against a Hono
 * hello-world on the same stack in the same run, so every figure is also a ratio.
 *
 *   npm run bench -- http [--persons 20000] [--connections 16] [--seconds 10] [--workers N] [--profile]
 *
 * Builds a synthetic graph (scripts/gen-graph.ts) in a temporary directory, starts the hello-world
 * and `skipgraph serve` as child processes on free loopback ports, and loads each target for a
 * fixed time with a fixed number of connections after a short warm-up: the service's own floors
 * (GET /healthz, and GET /v1/me, which has every /v1 call's middleware and reads nothing),
 * POST /v1/guard/check, GET /v1/debtors/{id}/routes and POST /v1/outreach (unique idempotency
 * keys; the frequency caps deny many, and the 201/403 counts are reported). Each target also reports the server's CPU per
 * request (its processes' time from /proc), steadier than wall-clock rates on a shared machine.
 * `--workers N` is passed to `serve` (default: its own, the number of cores). With --profile, a
 * second pass runs the service under `node --cpu-prof` for /v1/me, the guard check and the routes
 * call and reports where the CPU goes. Writes the table, with the machine, into bench/RESULTS.md
 * under "## HTTP".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sampleDebtorIndices } from '../scripts/gen-graph.js';
import { ownMobile } from '../scripts/synthetic-graph/graph-vocabulary.js';
import { type ProfileSummary, summariseProfile } from './http-profile.js';
import {
  type HttpRun,
  httpSection,
  TARGET_NAMES,
  type TargetResult,
  writeHttpSection,
} from './http-results.js';
import { type ServerProcess, startServer } from './http-server-process.js';
import {
  buildGraph,
  KEY,
  LOAD_OPTIONS,
  loadAverage,
  loadSettings,
  log,
  SERVICE_ENV,
  startHello,
  WARM_UP_SECONDS,
} from './load-run.js';
import { processTreeCpuMs } from './process-tree-cpu.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const MESSAGE = '您好，这里是客服中心，请您方便时回电。';

interface Target {
  name: string;
  hello?: boolean;
  /** Profiled in the --profile pass (the calls whose cost is in question). */
  profile?: boolean;
  request: (n: number) => { method: 'GET' | 'POST'; path: string; body?: string };
}

function targets(debtors: number[], runId: string): Target[] {
  const at = (n: number): number => debtors[n % debtors.length]!;
  const send = (i: number) => ({ accountId: `A${i}_0`, channel: 'sms', to: ownMobile(i, 0) });
  return [
    {
      name: 'hello-world (Hono on @hono/node-server)',
      hello: true,
      request: () => ({ method: 'GET', path: '/' }),
    },
    // The service's own floors: what every call pays before its work. /healthz passes the request
    // context and its log line; /v1/me adds what every /v1 call has (localisation, the key check,
    // the per-key rate limit answered by the primary across workers), and reads nothing.
    { name: 'GET /healthz (service floor)', request: () => ({ method: 'GET', path: '/healthz' }) },
    {
      name: TARGET_NAMES.floor,
      profile: true,
      request: () => ({ method: 'GET', path: '/v1/me' }),
    },
    {
      name: TARGET_NAMES.guard,
      profile: true,
      request: (n) => ({
        method: 'POST',
        path: '/v1/guard/check',
        body: JSON.stringify({ ...send(at(n)), message: MESSAGE }),
      }),
    },
    {
      name: TARGET_NAMES.routes,
      profile: true,
      request: (n) => ({ method: 'GET', path: `/v1/debtors/P${at(n)}/routes` }),
    },
    {
      name: 'POST /v1/outreach',
      request: (n) => ({
        method: 'POST',
        path: '/v1/outreach',
        body: JSON.stringify({
          ...send(at(n)),
          message: MESSAGE,
          idempotencyKey: `bench-${runId}-${n}`,
        }),
      }),
    },
  ];
}

async function load(
  port: number,
  target: Target,
  connections: number,
  seconds: number,
  from: number,
) {
  let n = from;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const r = target.request(n++);
          return { ...req, method: r.method, path: r.path, ...(r.body ? { body: r.body } : {}) };
        },
      },
    ],
  });
}

async function measure(
  server: ServerProcess,
  target: Target,
  connections: number,
  seconds: number,
  from: number,
): Promise<TargetResult> {
  await load(server.port, target, connections, WARM_UP_SECONDS, from + 1_000_000);
  const pid = server.child.pid ?? 0;
  const cpuBefore = processTreeCpuMs(pid);
  const r = await load(server.port, target, connections, seconds, from);
  const cpuAfter = processTreeCpuMs(pid);
  const statuses: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) statuses[code] = s.count ?? 0;
  return {
    name: target.name,
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    errors: r.errors + r.timeouts,
    statuses,
    serverCpuUsPerRequest:
      cpuBefore !== undefined && cpuAfter !== undefined && r.requests.total > 0
        ? ((cpuAfter - cpuBefore) * 1000) / r.requests.total
        : undefined,
  };
}

function serviceArgs(db: string, workers: string | undefined, profileDir?: string): string[] {
  const prof = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return [
    ...prof,
    '--import',
    'tsx',
    join(ROOT, 'src/cli/main.ts'),
    'serve',
    '--port',
    '0',
    '--db',
    db,
    ...(workers === undefined ? [] : ['--workers', workers]),
  ];
}

/** Runs the HTTP benchmark; `argv` as on the command line after `http`. */
export async function main(argv: string[] = []): Promise<HttpRun> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      ...LOAD_OPTIONS,
      profile: { type: 'boolean', default: false },
      workers: { type: 'string' },
    },
  });
  const { persons, connections, seconds } = loadSettings(values);
  const startLoad = loadAverage();
  const dir = mkdtempSync(join(tmpdir(), 'skipgraph-http-bench-'));
  const servers: ServerProcess[] = [];
  try {
    const { db, spec, buildSeconds } = await buildGraph(dir, persons);
    const debtors = sampleDebtorIndices(spec, 2000, 11);
    const runId = Date.now().toString(36);
    const list = targets(debtors, runId);

    const hello = await startHello(dir);
    servers.push(hello);
    const service = await startServer(
      serviceArgs(db, values.workers),
      SERVICE_ENV,
      join(dir, 'service.log'),
      ROOT,
    );
    servers.push(service);
    const results: TargetResult[] = [];
    for (const [k, target] of list.entries()) {
      log(`loading ${target.name} for ${seconds} s with ${connections} connections …`);
      results.push(
        await measure(target.hello ? hello : service, target, connections, seconds, k * 10_000_000),
      );
    }
    for (const s of servers.splice(0)) await s.stop();

    const profiles: { name: string; shares: ProfileSummary }[] = [];
    if (values.profile)
      for (const target of list.filter((t) => t.profile)) {
        const profileDir = join(dir, `profile-${profiles.length}`);
        const spawned = Date.now();
        const s = await startServer(
          serviceArgs(db, values.workers, profileDir),
          SERVICE_ENV,
          join(dir, `profile-${profiles.length}.log`),
          ROOT,
        );
        servers.push(s);
        log(`profiling ${target.name} …`);
        await load(
          s.port,
          target,
          connections,
          WARM_UP_SECONDS,
          60_000_000 + profiles.length * 1_000_000,
        );
        const measuredFrom = Date.now() - spawned;
        await load(s.port, target, connections, seconds, 50_000_000 + profiles.length * 1_000_000);
        await servers.pop()?.stop();
        profiles.push({ name: target.name, shares: summariseProfile(profileDir, measuredFrom) });
      }

    const run: HttpRun = {
      results,
      profiles,
      persons,
      buildSeconds,
      connections,
      seconds,
      warmUp: WARM_UP_SECONDS,
      startLoad,
      endLoad: loadAverage(),
      when: new Date().toISOString(),
    };
    const section = httpSection(run);
    process.stdout.write(`${section}\n`);
    if (!values['no-write']) writeHttpSection(section);
    return run;
  } finally {
    for (const s of servers) await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
