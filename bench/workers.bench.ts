/**
 * `npm run bench -- workers [--persons 20000] [--connections 16] [--seconds 10] [--no-write]`:
 * `skipgraph serve --workers 1` against `--workers 2` on one graph, for a read-heavy target
 * (GET /v1/debtors/{id}/routes) and a write-heavy one (POST /v1/guard/check, an audit record
 * each), beside a Hono hello-world in the same run so the figures are also ratios. Writes the
 * table, with the machine and the load average, into bench/RESULTS.md under "## Workers".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sampleDebtorIndices } from '../scripts/gen-graph.js';
import { ownMobile } from '../scripts/synthetic-graph/graph-vocabulary.js';
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
import { writeResultsSection } from './results-section.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
type Request = { method: 'GET' | 'POST'; path: string; body?: string };
interface Run {
  name: string;
  workers: number | undefined;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}

function load(port: number, request: (n: number) => Request, connections: number, seconds: number) {
  let n = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const r = request(n++);
          return { ...req, method: r.method, path: r.path, ...(r.body ? { body: r.body } : {}) };
        },
      },
    ],
  });
}

async function measure(
  name: string,
  workers: number | undefined,
  port: number,
  request: (n: number) => Request,
  connections: number,
  seconds: number,
): Promise<Run> {
  await load(port, request, connections, WARM_UP_SECONDS);
  const r = await load(port, request, connections, seconds);
  return {
    name,
    workers,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx + r.errors + r.timeouts,
  };
}

/** Runs the comparison; `argv` as on the command line after `workers`. */
export async function main(argv: string[] = []): Promise<Run[]> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: LOAD_OPTIONS,
  });
  const { persons, connections, seconds } = loadSettings(values);
  const startLoad = loadAverage();
  const dir = mkdtempSync(join(tmpdir(), 'skipgraph-workers-bench-'));
  const servers: ServerProcess[] = [];
  try {
    const { db, spec } = await buildGraph(dir, persons);
    const debtors = sampleDebtorIndices(spec, 2000, 11);
    const at = (n: number): number => debtors[n % debtors.length] as number;
    const routes = (n: number): Request => ({
      method: 'GET',
      path: `/v1/debtors/P${at(n)}/routes`,
    });
    const check = (n: number): Request => ({
      method: 'POST',
      path: '/v1/guard/check',
      body: JSON.stringify({ accountId: `A${at(n)}_0`, channel: 'sms', to: ownMobile(at(n), 0) }),
    });

    const runs: Run[] = [];
    const hello = await startHello(dir);
    servers.push(hello);
    log('loading the hello-world …');
    runs.push(
      await measure(
        'hello-world',
        undefined,
        hello.port,
        () => ({ method: 'GET', path: '/' }),
        connections,
        seconds,
      ),
    );
    await servers.pop()?.stop();
    for (const workers of [1, 2]) {
      const args = ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--port', '0'];
      const service = await startServer(
        [...args, '--workers', String(workers), '--db', db],
        SERVICE_ENV,
        join(dir, `service-${workers}.log`),
        ROOT,
      );
      servers.push(service);
      for (const [name, request] of [
        ['GET /v1/debtors/{id}/routes', routes],
        ['POST /v1/guard/check', check],
      ] as const) {
        log(`loading ${name} on ${workers} worker(s) …`);
        runs.push(await measure(name, workers, service.port, request, connections, seconds));
      }
      await servers.pop()?.stop();
    }
    const section = workersSection(runs, {
      persons,
      connections,
      seconds,
      startLoad,
      endLoad: loadAverage(),
    });
    process.stdout.write(`${section}\n`);
    if (!values['no-write']) writeResultsSection('Workers', section);
    return runs;
  } finally {
    for (const s of servers) await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function workersSection(
  runs: Run[],
  run: {
    persons: number;
    connections: number;
    seconds: number;
    startLoad: string;
    endLoad: string;
  },
): string {
  const hello = runs.find((r) => r.workers === undefined)?.rps ?? 0;
  const one = (name: string) => runs.find((r) => r.name === name && r.workers === 1)?.rps ?? 0;
  const rows = runs.map((r) => {
    const gain = r.workers === 2 && one(r.name) > 0 ? `${(r.rps / one(r.name)).toFixed(2)}×` : '';
    return `| ${r.name} | ${r.workers ?? '—'} | ${Math.round(r.rps).toLocaleString('en')} | ${hello > 0 ? (r.rps / hello).toFixed(2) : ''} | ${gain} | ${r.p50} | ${r.p99} | ${r.non2xx} |`;
  });
  return [
    '## Workers',
    '',
    `Measured ${new Date().toISOString()} with \`npm run bench -- workers\` (bench/workers.bench.ts) on ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, a ${run.persons.toLocaleString('en')}-person graph on the embedded store.`,
    `Load average at start ${run.startLoad}, at end ${run.endLoad}. autocannon runs in the benchmark process on the same cores, ${run.connections} connections, ${run.seconds} s per run after a ${WARM_UP_SECONDS} s warm-up, loopback only.`,
    '',
    '| target | workers | requests/s | ÷ hello-world | vs 1 worker | p50 ms | p99 ms | non-2xx |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
