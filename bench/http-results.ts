/** The "## HTTP" section of bench/RESULTS.md: the measured table, the machine and the CPU profile. */
import { availableParallelism, cpus } from 'node:os';
import type { ProfileSummary } from './http-profile.js';
import { writeResultsSection } from './results-section.js';

/** The names of the HTTP benchmark's targets that other sections read figures from. */
export const TARGET_NAMES = {
  floor: 'GET /v1/me (authenticated floor)',
  guard: 'POST /v1/guard/check',
  routes: 'GET /v1/debtors/{id}/routes',
} as const;

/** One target's figures under load. */
export interface TargetResult {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  errors: number;
  statuses: Record<string, number>;
  /** CPU of the server's processes (a primary and its workers) per request answered, µs. */
  serverCpuUsPerRequest?: number;
}

/** Everything one run of the HTTP benchmark reports. */
export interface HttpRun {
  results: TargetResult[];
  profiles: { name: string; shares: ProfileSummary }[];
  persons: number;
  buildSeconds: number;
  connections: number;
  seconds: number;
  warmUp: number;
  startLoad: string;
  endLoad: string;
  when: string;
}

function statusText(s: Record<string, number>): string {
  return Object.entries(s)
    .map(([code, n]) => `${code}: ${n.toLocaleString('en')}`)
    .join(', ');
}

function cpuText(us: number | undefined): string {
  return us === undefined ? '—' : Math.round(us).toLocaleString('en');
}

/** The markdown section for one run. */
export function httpSection(run: HttpRun): string {
  const base = run.results[0]?.requestsPerSecond ?? 0;
  const baseCpu = run.results[0]?.serverCpuUsPerRequest;
  const rows = run.results.map(
    (r) =>
      `| ${r.name} | ${Math.round(r.requestsPerSecond).toLocaleString('en')} | ${r.p50} | ${r.p99} | ${base > 0 ? (r.requestsPerSecond / base).toFixed(3) : '—'} | ${cpuText(r.serverCpuUsPerRequest)} | ${baseCpu && r.serverCpuUsPerRequest ? (baseCpu / r.serverCpuUsPerRequest).toFixed(3) : '—'} | ${statusText(r.statuses)}${r.errors ? `, errors/timeouts: ${r.errors}` : ''} |`,
  );
  const profile = run.profiles.flatMap((p) => [
    '',
    `CPU of the service process while loaded with ${p.name} (self time by bucket over the measured load only, after start-up and a warm-up; idle excluded; a native call counts for its JavaScript caller):`,
    '',
    ...p.shares.buckets.map((s) => `- ${s.bucket}: ${s.percent}%`),
    '',
    'Costliest functions (self time):',
    '',
    ...p.shares.functions.map((s) => `- \`${s.bucket}\`: ${s.percent}%`),
  ]);
  return [
    '## HTTP',
    '',
    `Measured ${run.when} with \`npm run bench -- http\` (bench/http.bench.ts) on ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`,
    `Load average at start ${run.startLoad}, at end ${run.endLoad}: the machine is shared with other work, so absolute figures are noisy; the ratios to the hello-world of the same run are the comparable figures, and the server's CPU per request (its processes' user + system time over the measured load, from /proc, divided by the requests answered) is the steadiest: other load slows the server without adding to its CPU time.`,
    `Load generator autocannon (in the benchmark process), ${run.connections} connections, ${run.seconds} s per target after a ${run.warmUp} s warm-up, loopback only; the load generator and the server share the machine's cores.`,
    `Service: \`skipgraph serve\` as a child process (embedded SQLite, reference policies, default log level: one request log line each, to a file) on a synthetic graph of ${run.persons.toLocaleString('en')} persons (scripts/gen-graph.ts, built in ${run.buildSeconds} s in a temporary directory). Requests rotate over 2,000 random debtors; outreach uses a unique idempotency key per request, so the frequency caps deny repeats (403).`,
    '',
    '| target | requests/s | p50 ms | p99 ms | ratio to hello-world | server CPU µs/request | CPU ratio to hello-world | responses |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    ...profile,
    '',
  ].join('\n');
}

/** Replaces (or appends) the "## HTTP" section of RESULTS.md. */
export function writeHttpSection(section: string): void {
  writeResultsSection('HTTP', section);
}
