/**
 * The whole routes answer in one process, without sockets: what `GET /v1/debtors/{id}/routes`
 * costs the service beyond the HTTP stack, and its parts.
 *
 *   npx tsx bench/routes-answer.bench.ts [--persons 100000] [--samples 1000] [--db PATH] [--dump FILE]
 *
 * On the cached graph of bench/routes.bench.ts (bench/.data/routes-N.db, built when absent), for
 * random debtors one after another, after a warm-up, times:
 *   - the API's answer through the app in process (`app.request`: authentication, validation,
 *     getRoutes with the ten guard previews, localisation, JSON), with the reference policies;
 *   - getRoutes with the guard previews, as the routes module calls it (no HTTP edge);
 *   - getRoutes without previews (the store's reads and the ranking).
 * Each with its CPU time per answer (process.cpuUsage), so other load on the machine counts less.
 * `--dump FILE` writes every API answer as one JSON line, so two versions can be compared answer
 * by answer (`cmp`). Prints the table; writes nothing into bench/RESULTS.md.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../src/api/app.js';
import { type ApiDeps, DEFAULT_LIMITS } from '../src/api/deps.js';
import { serviceModules } from '../src/api/modules.js';
import { PolicyRegistry } from '../src/app/policy/policy-registry.js';
import { getRoutes } from '../src/app/routes/get-routes.js';
import { previewRoute } from '../src/app/routes/preview-route.js';
import { openDispatch } from '../src/dispatch/open-dispatch.js';
import { lostPolicyOf } from '../src/domain/lost/lost-policy.js';
import { silentLog } from '../src/log/log.js';
import {
  machine,
  openGraph,
  type Percentiles,
  percentiles,
  randomDebtors,
  routesGraphOf,
} from './routes.bench.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const AT = new Date('2026-11-23T10:00:00Z');
const KEY = 'bench-collector-key-0001';
const WARM_UP = 200;

/** One measured way of answering: latency percentiles and CPU per answer. */
interface Measured {
  latency: Percentiles;
  cpuMsPerAnswer: number;
  answersPerCpuSecond: number;
}

async function measure(ids: readonly string[], fn: (id: string) => Promise<unknown>) {
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (const id of ids) {
    const t = performance.now();
    await fn(id);
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / ids.length;
  return {
    latency: percentiles(times),
    cpuMsPerAnswer: Math.round(cpuMs * 1000) / 1000,
    answersPerCpuSecond: Math.round(1000 / cpuMs),
  } satisfies Measured;
}

function row(name: string, m: Measured): string {
  const p = m.latency;
  return `| ${name} | ${p.n} | ${p.p50.toFixed(2)} | ${p.p99.toFixed(2)} | ${m.cpuMsPerAnswer.toFixed(2)} | ${m.answersPerCpuSecond.toLocaleString('en')} |`;
}

/** Runs the benchmark; `argv` as on the command line. */
export async function main(argv: string[] = []): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: {
      persons: { type: 'string', default: '100000' },
      samples: { type: 'string', default: '1000' },
      db: { type: 'string' },
      dump: { type: 'string' },
    },
  });
  const { persons, samples, spec, db } = routesGraphOf(values);
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  const { store } = await openGraph(db, spec, log, {});
  const registry = await PolicyRegistry.open(join(ROOT, 'policies'), {
    watch: false,
    clock: () => AT,
  });
  const deps: ApiDeps = {
    store,
    log: silentLog,
    clock: () => AT,
    newId: () => randomUUID(),
    keys: new Map([[KEY, 'collector']]),
    limits: { ...DEFAULT_LIMITS, ratePerMinute: 1_000_000_000 },
  };
  const dispatch = openDispatch(
    { webhooks: {}, providerRates: {} },
    { store, clock: deps.clock, log: silentLog },
  );
  if (!dispatch.ok) throw new Error(dispatch.problems.map((p) => p.message).join('; '));
  const app = createApp(deps, {
    modules: serviceModules({ registry, relay: dispatch.dispatch.relay }),
  });
  const routesDeps = {
    store,
    promises: store,
    preview: ((route, ctx) => previewRoute(ctx.reads, registry, route, ctx)) satisfies Parameters<
      typeof getRoutes
    >[0]['preview'],
    lostPolicy: (jurisdiction: string) => lostPolicyOf(registry.current(), jurisdiction),
  };
  const answers: string[] = [];
  const api = async (id: string, keep: boolean): Promise<void> => {
    const res = await app.request(`/v1/debtors/${id}/routes?at=${AT.toISOString()}`, {
      headers: { authorization: `Bearer ${KEY}` },
    });
    const text = await res.text();
    if (keep) answers.push(`${res.status} ${text}`);
  };
  try {
    const loadStart = loadavg();
    const debtors = randomDebtors(spec, samples + WARM_UP, 11);
    const warm = debtors.slice(0, WARM_UP);
    const measured = debtors.slice(WARM_UP);
    if (measured.length === 0)
      throw new Error(
        `the graph holds only ${debtors.length} debtors, fewer than the ${WARM_UP} warm-up calls: use a larger --persons`,
      );
    for (const id of warm) await api(id, false);
    // Once over the measured debtors first, so every pass below finds their pages in memory.
    for (const id of measured) await api(id, true);
    log(`timing ${measured.length} answers three ways …`);
    const viaApi = await measure(measured, (id) => api(id, false));
    const withPreviews = await measure(measured, (id) =>
      getRoutes(routesDeps, { debtorId: id, at: AT }).catch(() => undefined),
    );
    const bare = await measure(measured, (id) =>
      getRoutes({ store, promises: store }, { debtorId: id, at: AT }).catch(() => undefined),
    );
    const loadEnd = loadavg();
    if (typeof values.dump === 'string') {
      writeFileSync(values.dump, `${answers.join('\n')}\n`);
      log(`wrote ${answers.length} answers to ${values.dump}`);
    }
    const la = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' ');
    process.stdout.write(
      [
        '',
        `Measured ${new Date().toISOString()} with bench/routes-answer.bench.ts on ${machine()}, ${persons.toLocaleString('en')} persons (${db}).`,
        `Load average at start ${la(loadStart)}, at end ${la(loadEnd)} (${cpus().length} CPUs). Milliseconds; CPU is this process's user + system time per answer.`,
        '',
        '| answer | n | p50 | p99 | CPU ms each | answers per CPU-second |',
        '|---|---|---|---|---|---|',
        row(
          'API answer in process (app.request: auth, validation, getRoutes + 10 guard previews, localisation, JSON)',
          viaApi,
        ),
        row('getRoutes with the guard previews (no HTTP edge)', withPreviews),
        row('getRoutes without previews (store reads + ranking)', bare),
        '',
      ].join('\n'),
    );
  } finally {
    await dispatch.dispatch.shutdown();
    registry.close();
    await store.close();
  }
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(
      `routes answer bench: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
