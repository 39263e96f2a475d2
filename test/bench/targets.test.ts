import { describe, expect, it } from 'vitest';
import type { HttpRun, TargetResult } from '../../bench/http-results.js';
import type { RoutesBenchResult } from '../../bench/routes.bench.js';
import { targetsSection } from '../../bench/targets.js';

const pct = (p50: number, p99: number) => ({ n: 100, p50, p90: p99, p99, max: p99, mean: p50 });

function target(name: string, rps: number, cpuUs: number, p99 = 5): TargetResult {
  return {
    name,
    requestsPerSecond: rps,
    p50: 1,
    p99,
    total: rps * 10,
    errors: 0,
    statuses: { 200: rps * 10 },
    serverCpuUsPerRequest: cpuUs,
  };
}

function httpRun(guardRps: number, routesCpuUs: number): HttpRun {
  return {
    results: [
      target('hello-world (Hono on @hono/node-server)', 20_000, 50),
      target('GET /v1/me (authenticated floor)', 8_000, 130),
      target('POST /v1/guard/check', guardRps, 1e6 / guardRps),
      target('GET /v1/debtors/{id}/routes', 200, routesCpuUs),
    ],
    profiles: [
      {
        name: 'POST /v1/guard/check',
        shares: {
          buckets: [
            { bucket: 'SQLite', percent: 44 },
            { bucket: 'Node http', percent: 17 },
            { bucket: 'use cases', percent: 4 },
            { bucket: 'logger', percent: 1 },
          ],
          functions: [],
        },
      },
    ],
    persons: 20_000,
    buildSeconds: 3,
    connections: 16,
    seconds: 10,
    warmUp: 5,
    startLoad: '1 1 1',
    endLoad: '1 1 1',
    when: '2026-12-06T00:00:00Z',
  };
}

function routes(p50: number, p99: number, persons = 1_000_000): RoutesBenchResult {
  return {
    persons,
    samples: 100,
    dbBytes: 1,
    getRoutes: pct(p50, p99),
    getRoutesCold: pct(p50, p99),
    routeGraph: pct(p50 * 0.6, p99),
    neighbourhood3: pct(p50 * 5, p99),
    attemptsAndSharing: pct(p50 * 0.3, p99),
    ranking: pct(0.2, 0.4),
    loadAverage: '1',
    storeOptions: 'the store defaults',
    subgraph: { nodesP50: 175, edgesP50: 175, edgesP99: 400, routesP50: 30 },
  };
}

const imports = (records: number, wall: number, peakMiB: number) => ({
  persons: 100_000,
  runs: [{ label: 'first import', records, wallSeconds: wall, cpuSeconds: wall, peakMiB }],
});

/** The section for a run with these routes, guard and routes-over-HTTP figures and this import. */
function sectionOf(
  r: RoutesBenchResult,
  guardRps: number,
  routesCpuUs: number,
  imported: ReturnType<typeof imports>,
): string {
  return targetsSection(
    { routes: r, http: httpRun(guardRps, routesCpuUs), imports: imported },
    'now',
  );
}

describe('the targets section of a full benchmark run', () => {
  it('reports each unmet target with its figure, where the time goes and the floor', () => {
    const text = sectionOf(routes(4, 12), 1_200, 7_000, imports(1_000_000, 40, 430));
    expect(text).toContain('1,200 checks/s against 20,000 requests/s, ratio 0.060: **not met**');
    expect(text).toContain('SQLite 44%; Node http 17%; use cases 4%');
    expect(text).toContain('a check could spend 100 µs; it spends 833 µs');
    expect(text).toContain("every /v1 call's floor alone");
    expect(text).toContain('p50 4.00 ms, p99 12.00 ms, so at most 250 answers/s');
    expect(text).toContain('143 answers per CPU-second: **not met**');
    expect(text).toContain('the ranking passes would still take p50 1.20 ms');
    expect(text).toContain('25,000 records/s over the wall time');
    expect(text).toContain('records/s **not met**, memory **met**');
  });

  it('says met, without excuses, where the figures reach the targets', () => {
    const text = sectionOf(routes(0.8, 6), 12_000, 900, imports(1_000_000, 8, 300));
    expect(text).toContain('ratio 0.600: **met**');
    expect(text).toContain('1,111 answers per CPU-second: **met**');
    expect(text).toContain('records/s **met**, memory **met**');
    expect(text).not.toContain('Why it stops there');
    expect(text).not.toContain('Where the time goes');
  });

  it('does not call the routes target met on a graph smaller than 1,000,000 persons', () => {
    const text = sectionOf(routes(0.8, 6, 100_000), 12_000, 900, imports(1_000_000, 8, 300));
    expect(text).toContain('in process at 100,000 persons');
    expect(text).toMatch(/answers per CPU-second: \*\*not met\*\*/);
  });
});
