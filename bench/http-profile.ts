/**
 * Where a served request spends its CPU: a V8 `.cpuprofile` (node --cpu-prof) reduced to self
 * time per cost bucket (SQLite, zod, JSON, logger, HTTP stack, guard domain …).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One cost bucket's share of the profiled process's CPU samples (idle excluded). */
export interface CostShare {
  bucket: string;
  percent: number;
}

/** Where a profiled process spent its CPU: shares by bucket, and the costliest functions. */
export interface ProfileSummary {
  buckets: CostShare[];
  /** Self time by function (a native call counted for its JavaScript caller), named `fn (file)`. */
  functions: CostShare[];
}

function frameName(node: ProfileNode, parent: Map<number, ProfileNode>): string {
  let n: ProfileNode | undefined = node;
  while (n && n.callFrame.url === '' && !n.callFrame.functionName.startsWith('('))
    n = parent.get(n.id);
  const f = n ?? node;
  const file = f.callFrame.url.replace(/^.*\/(node_modules\/|src\/)/, '$1');
  return `${f.callFrame.functionName || '(anonymous)'}${file ? ` (${file})` : ''}`;
}

// Ordered: the first matching rule names the bucket of a sampled frame.
const BUCKETS: [string, (fn: string, url: string) => boolean][] = [
  ['garbage collection', (fn) => fn === '(garbage collector)'],
  ['JSON parse/stringify', (fn, url) => url === '' && (fn === 'stringify' || fn === 'parse')],
  [
    'SQLite: statements and the store adapter (src/store)',
    (_fn, url) => url.includes('/src/store/'),
  ],
  ['SQLite (better-sqlite3)', (_fn, url) => url.includes('better-sqlite3')],
  ['zod validation', (_fn, url) => url.includes('/zod/') || url.includes('zod-openapi')],
  ['logger (pino)', (_fn, url) => url.includes('/pino') || url.includes('sonic-boom')],
  ['Hono routing and middleware', (_fn, url) => url.includes('/hono/dist')],
  ['@hono/node-server adapter', (_fn, url) => url.includes('@hono/node-server')],
  ['Node http / net / streams', (_fn, url) => url.startsWith('node:')],
  [
    'guard domain (src/domain/guard, policy, language)',
    (_fn, url) => /\/src\/domain\/(guard|policy|language)\//.test(url),
  ],
  ['ranking domain (src/domain/ranking)', (_fn, url) => url.includes('/src/domain/ranking/')],
  ['other domain model (src/domain)', (_fn, url) => url.includes('/src/domain/')],
  ['use cases (src/app)', (_fn, url) => url.includes('/src/app/')],
  ['API edge (src/api)', (_fn, url) => url.includes('/src/api/')],
  ['phone parsing (libphonenumber-js)', (_fn, url) => url.includes('libphonenumber')],
  ['timezones / Intl', (fn) => /DateTimeFormat|toLocale|formatToParts/.test(fn)],
  ['(program): native code with no JavaScript caller', (fn) => fn === '(program)'],
];

// A native frame (a SQLite statement's run/get, a Buffer copy …) counts for the JavaScript
// that called it, so SQLite's own time lands with the store code that ran the statement.
function bucketOf(node: ProfileNode, parent: Map<number, ProfileNode>): string | undefined {
  const { functionName, url } = node.callFrame;
  if (functionName === '(idle)') return undefined;
  for (const [name, test] of BUCKETS) if (test(functionName, url)) return name;
  if (url === '') {
    const up = parent.get(node.id);
    return up ? bucketOf(up, parent) : `native: ${functionName || '(anonymous)'}`;
  }
  return 'other JavaScript';
}

/**
 * Self-time shares by bucket of the main thread's `.cpuprofile` in `dir`, largest first, counting only
 * samples taken `skipMs` or more after the profile started (start-up and module loading excluded).
 */
export function summariseProfile(dir: string, skipMs: number, top = 10): ProfileSummary {
  // tsx's module hooks run on a worker thread with a profile of its own: the main thread's
  // profile is the largest one.
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => ({ f, size: statSync(join(dir, f)).size }))
    .sort((a, b) => b.size - a.size)[0]?.f;
  if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const time = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  let elapsedUs = 0;
  profile.samples.forEach((id, i) => {
    elapsedUs += profile.timeDeltas[i] ?? 0;
    if (elapsedUs < skipMs * 1000) return;
    const node = byId.get(id);
    const bucket = node ? bucketOf(node, parent) : undefined;
    if (!bucket) return;
    const dt = profile.timeDeltas[i] ?? 0;
    time.set(bucket, (time.get(bucket) ?? 0) + dt);
    const fn = node ? frameName(node, parent) : '?';
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
    total += dt;
  });
  const shares = (m: Map<string, number>): CostShare[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([bucket, t]) => ({
        bucket,
        percent: Math.round((1000 * t) / Math.max(1, total)) / 10,
      }));
  return { buckets: shares(time), functions: shares(byFunction) };
}
