/**
 * The soak benchmark: many clients for a minute on one service, mixing the calls a collection
 * floor makes, and what must hold afterwards.
 *
 *   npm run bench -- soak [--seconds 60] [--connections 50] [--persons 20000]
 *
 * Builds a synthetic graph in a temporary directory, starts `skipgraph serve` on a free loopback
 * port with the soak policy (bench/soak-policies: the CN pack's caps without its contact hours,
 * so sends happen at any hour), warms it up, then loads it with autocannon: in turn the routes of
 * a debtor, a guard check, an outreach (call or SMS, a unique idempotency key each) and the
 * outcome of an attempt an earlier outreach created. Reports 5xx answers, the latency, the
 * service's resident memory at the start and at the end of the soak, its live JavaScript heap
 * after each full collection (V8's --trace-gc in its log), and, after the service stopped, every
 * recorded attempt checked against the policy's caps. Writes "## Soak" in bench/RESULTS.md.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { type GraphSpec, generateIntoStore, sampleDebtorIndices } from '../scripts/gen-graph.js';
import { ownMobile } from '../scripts/synthetic-graph/graph-vocabulary.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';
import { type FullCollection, fullCollections } from './gc-trace.js';
import { type ServerProcess, startServer } from './http-server-process.js';
import { median } from './median.js';
import { writeResultsSection } from './results-section.js';
import { checkCaps } from './soak-caps.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const POLICIES = join(HERE, 'soak-policies');
const KEY = 'soak-collector-key-0001';
const WARM_UP_SECONDS = 10;
/** Resident memory may grow by this much from the end of the warm-up to the end of the run. */
const RSS_TOLERANCE = 0.1;
/**
 * Seconds of once-a-second readings whose median stands for "start" (the first seconds of the
 * soak) and for "end" (its last): between full collections the heap is a sawtooth, so a single
 * reading lands anywhere on it.
 */
const RSS_WINDOW_SECONDS = 10;
const KINDS = ['routes', 'guard check', 'outreach', 'outcome'] as const;
type Kind = (typeof KINDS)[number];
const OUTCOMES = ['no_answer', 'busy', 'no_answer', 'right_party'];
const HEADERS = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

/**
 * Resident memory of a process in bytes (Linux /proc): `anon` is its own (heap, stacks, SQLite's
 * page cache), `file` the pages of mapped files it touched (the database read through mmap), which
 * are the OS page cache and grow with the part of the file read, not with a leak.
 */
function rssOf(pid: number): { anon: number; file: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) * 1024;
  return { anon: kb('RssAnon'), file: kb('RssFile') };
}

/** Counts by kind and status, and the attempts outreach created that still want an outcome. */
class Mix {
  readonly counts = new Map<Kind, Map<number, number>>(KINDS.map((k) => [k, new Map()]));
  private readonly attempts: string[] = [];
  private n = 0;

  /** How many debtors the rotation uses. */
  get debtorCount(): number {
    return this.debtorIds.length;
  }

  /** Sends the soak caps allow in a day: debtors at even places are called (3), the others messaged (2). */
  sendsAllowed(): number {
    return Math.ceil(this.debtorIds.length / 2) * 3 + Math.floor(this.debtorIds.length / 2) * 2;
  }

  constructor(
    private readonly debtorIds: number[],
    private readonly runId: string,
  ) {}

  /** The next request of the rotation; an outcome turns into a routes call while no attempt waits. */
  next(): { kind: Kind; method: 'GET' | 'POST'; path: string; body?: string } {
    const n = this.n++;
    const i = this.debtorIds[Math.floor(n / 4) % this.debtorIds.length] as number;
    const send = { accountId: `A${i}_0`, to: ownMobile(i, 0) };
    let kind = KINDS[n % 4] as Kind;
    const attempt = kind === 'outcome' ? this.attempts.shift() : undefined;
    if (kind === 'outcome' && attempt === undefined) kind = 'routes';
    switch (kind) {
      case 'routes':
        return { kind, method: 'GET', path: `/v1/debtors/P${i}/routes?limit=5` };
      case 'guard check':
        return {
          kind,
          method: 'POST',
          path: '/v1/guard/check',
          body: JSON.stringify({ ...send, channel: 'sms', message: '您好，请您方便时回电。' }),
        };
      case 'outreach':
        return {
          kind,
          method: 'POST',
          path: '/v1/outreach',
          body: JSON.stringify({
            ...send,
            channel: n % 8 === 2 ? 'call' : 'sms',
            ...(n % 8 === 2 ? {} : { message: '您好，请您方便时回电。' }),
            idempotencyKey: `soak-${this.runId}-${n}`,
          }),
        };
      case 'outcome':
        return {
          kind,
          method: 'POST',
          path: `/v1/attempts/${attempt}/outcome`,
          body: JSON.stringify({ outcome: OUTCOMES[n % OUTCOMES.length] }),
        };
    }
  }

  /** Counts an answer; a 201 to an outreach queues its attempt for an outcome. */
  answered(kind: Kind, status: number, body: string): void {
    const byStatus = this.counts.get(kind) as Map<number, number>;
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    if (kind === 'outreach' && status === 201 && this.attempts.length < 10_000) {
      const id = (JSON.parse(body) as { attemptId?: string }).attemptId;
      if (id) this.attempts.push(id);
    }
  }
}

function load(port: number, mix: Mix, connections: number, seconds: number) {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { ...HEADERS },
    requests: [
      {
        setupRequest: (req, context: { kind?: Kind }) => {
          const r = mix.next();
          context.kind = r.kind;
          // A fresh request each time: autocannon writes Content-Length into the headers it is
          // given, and a GET after a POST must not carry the POST's length.
          return {
            ...req,
            method: r.method,
            path: r.path,
            headers: { ...HEADERS },
            ...(r.body ? { body: r.body } : { body: undefined }),
          };
        },
        onResponse: (status, body, context: { kind?: Kind }) =>
          mix.answered(context.kind ?? 'routes', status, body),
      },
    ],
  });
}

const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** The live-heap sentence: the main thread's heap after each full collection past the warm-up. */
function heapLine(heap: readonly FullCollection[]): string {
  const first = heap[0];
  const last = heap.at(-1);
  if (first === undefined || last === undefined)
    return 'No full collection of the JavaScript heap after the warm-up was logged.';
  const most = Math.max(...heap.map((c) => c.liveMiB));
  return `JavaScript heap live after each full collection of the service's main thread (V8 \`--trace-gc\`), past the warm-up: ${first.liveMiB.toFixed(1)} MiB after the first, ${last.liveMiB.toFixed(1)} MiB after the last, ${most.toFixed(1)} MiB at most (${heap.length} collections); a leak would make it climb.`;
}

/** Runs the soak; `argv` as on the command line after `soak`. Resolves false when a check failed. */
export async function main(argv: string[] = []): Promise<boolean> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      seconds: { type: 'string', default: '60' },
      connections: { type: 'string', default: '50' },
      persons: { type: 'string', default: '20000' },
      /** The service's V8 old-space limit in MiB (node --max-old-space-size), to tell a leak from a lazy GC. */
      heap: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const [seconds, connections, persons] = [values.seconds, values.connections, values.persons].map(
    Number,
  ) as [number, number, number];
  if (
    ![seconds, connections, persons].every((x) => Number.isInteger(x) && x > 0) ||
    seconds > 600 ||
    connections > 256 ||
    persons < 100
  )
    throw new Error(
      '--seconds (≤ 600), --connections (≤ 256) and --persons (≥ 100) must be whole numbers',
    );
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  const startLoad = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const dir = mkdtempSync(join(tmpdir(), 'skipgraph-soak-'));
  let service: ServerProcess | undefined;
  try {
    const db = join(dir, 'graph.db');
    const spec: GraphSpec = { persons, seed: 3 };
    log(`building ${persons.toLocaleString('en')} persons …`);
    const store = await openSqliteStore(db);
    await generateIntoStore(store, spec, 5000, () => undefined);
    await store.close();
    const spawnedAt = Date.now();
    service = await startServer(
      [
        ...(values.heap ? [`--max-old-space-size=${Number(values.heap)}`] : []),
        // Each full collection's live heap goes to the log, to tell a leak from a heap V8 enlarges.
        '--trace-gc',
        '--import',
        'tsx',
        join(ROOT, 'src/cli/main.ts'),
        'serve',
        '--port',
        '0',
        '--db',
        db,
      ],
      {
        SKIPGRAPH_API_KEYS: `${KEY}:collector`,
        SKIPGRAPH_RATE_LIMIT: '100000000',
        SKIPGRAPH_POLICIES: POLICIES,
        HOST: '127.0.0.1',
      },
      join(dir, 'service.log'),
      ROOT,
    );
    const pid = service.child.pid as number;
    const warmStart = Date.now();
    const rssStarted = rssOf(pid);
    const mix = new Mix(sampleDebtorIndices(spec, 400, 23), Date.now().toString(36));
    log(`warming up for ${WARM_UP_SECONDS} s …`);
    await load(
      service.port,
      new Mix(sampleDebtorIndices(spec, 400, 23), `warm-${Date.now().toString(36)}`),
      connections,
      WARM_UP_SECONDS,
    );
    const warmedAtMs = Date.now() - spawnedAt;
    const rssStart = rssOf(pid);
    let anonMax = rssStart.anon;
    const anonSamples: number[] = [rssStart.anon];
    const sampler = setInterval(() => {
      const anon = rssOf(pid).anon;
      anonSamples.push(anon);
      anonMax = Math.max(anonMax, anon);
    }, 1000);
    log(`soaking for ${seconds} s with ${connections} connections …`);
    const r = await load(service.port, mix, connections, seconds);
    clearInterval(sampler);
    const rssEnd = rssOf(pid);
    anonSamples.push(rssEnd.anon);
    await service.stop();
    service = undefined;
    const heap = fullCollections(readFileSync(join(dir, 'service.log'), 'utf8')).filter(
      (c) => c.atMs >= warmedAtMs,
    );
    const caps = checkCaps(db, POLICIES, warmStart);

    const fiveXx = [...mix.counts.values()].reduce(
      (sum, m) => sum + [...m].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0),
      0,
    );
    const window = Math.min(RSS_WINDOW_SECONDS, Math.floor(anonSamples.length / 2));
    const anonFirst = median(anonSamples.slice(0, window));
    const anonLast = median(anonSamples.slice(-window));
    const growth = (anonLast - anonFirst) / anonFirst;
    const ok =
      fiveXx === 0 &&
      r.errors + r.timeouts === 0 &&
      caps.violations.length === 0 &&
      growth <= RSS_TOLERANCE;
    const rows = KINDS.map((k) => {
      const m = mix.counts.get(k) as Map<number, number>;
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      const statuses = [...m]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}: ${n.toLocaleString('en')}`)
        .join(', ');
      return `| ${k} | ${total.toLocaleString('en')} | ${statuses} |`;
    });
    const section = [
      '## Soak',
      '',
      `Measured ${new Date().toISOString()} with \`npm run bench -- soak${argv.length ? ` ${argv.join(' ')}` : ''}\` (bench/soak.bench.ts) on ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; load average at start ${startLoad}, at end ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')} (a shared machine).`,
      `${connections} autocannon connections for ${seconds} s after a ${WARM_UP_SECONDS} s warm-up, loopback only, against \`skipgraph serve\` (embedded SQLite, one request log line each to a file) on a synthetic graph of ${persons.toLocaleString('en')} persons, 400 debtors in rotation. Policy: bench/soak-policies (the CN pack's caps — 3 calls a day per account, 6 a day per number, 2 messages a day per debtor — without its contact hours, so the run sends at any hour).`,
      '',
      `**${ok ? 'Held' : 'FAILED'}**: ${fiveXx} answers 5xx, ${r.errors} connection errors, ${r.timeouts} timeouts; ${caps.violations.length} cap violations over ${caps.attempts.toLocaleString('en')} recorded attempts (${caps.recent.toLocaleString('en')} of them sent by this run, warm-up included) and ${caps.caps} caps; resident memory of the service's own (anonymous) pages, read each second, median ${mib(anonFirst)} MiB over the first ${window} s and ${mib(anonLast)} MiB over the last ${window} s (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%, limit +${RSS_TOLERANCE * 100}%; ${mib(rssStart.anon)} MiB right after the warm-up, ${mib(rssEnd.anon)} MiB at the end, ${mib(anonMax)} MiB at most, ${mib(rssStarted.anon)} MiB before the warm-up); mapped database pages ${mib(rssStart.file)} MiB after the warm-up, ${mib(rssEnd.file)} MiB at the end.`,
      '',
      heapLine(heap),
      '',
      `${r.requests.total.toLocaleString('en')} requests, ${Math.round(r.requests.average).toLocaleString('en')} requests/s; latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms.`,
      '',
      '| request | answered | statuses |',
      '|---|---|---|',
      ...rows,
      '',
      `The ${mix.debtorCount} debtors in rotation allow at most ${mix.sendsAllowed().toLocaleString('en')} sends a day under the soak caps (half of them called, 3 a day; half messaged, 2 a day); once they are sent, every outreach is a 403, the guard denying at a cap. Resident memory is judged on the process's own pages, since the database file is read through mmap and its mapped pages grow with the part of the file read (they are the OS page cache, shared and reclaimable). Caps are re-judged from the stored attempts after the service stopped: for each attempt, the attempts of its scope on the cap's channels in the window ending at it.`,
      ...caps.violations.slice(0, 10).map((v) => `- ${v}`),
      '',
    ].join('\n');
    process.stdout.write(`${section}\n`);
    if (!values['no-write']) writeResultsSection('Soak', section);
    return ok;
  } finally {
    await service?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
