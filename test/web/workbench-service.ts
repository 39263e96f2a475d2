import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type ApiDeps, DEFAULT_LIMITS } from '../../src/api/deps.js';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import { DEMO_KEYS } from '../../src/config/api-keys.js';
import { recordDemoDecisions } from '../../src/demo/demo-decisions.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { silentLog } from '../../src/log/log.js';
import { buildNodeService } from '../../src/node/node-service.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Friday 2026-11-20, 10:00 in Shanghai: inside the China contact hours, on the demo's reference day. */
export const PINNED_NOW = new Date('2026-11-20T02:00:00Z');

/** The demo records the browser scenarios use (see src/demo/README.md). */
export const DEMO_SCENARIO = {
  debtorQuery: 'CN-001',
  debtorId: 'CN-001',
  accountId: 'ACC-CN-001-1',
  /** A fraud-ring prepaid number held by five unrelated debtors. */
  debtorPhone: '+8618659581681',
  sharedPhone: '+8613509820217',
  /** Debtors with a dead and a suspended number. */
  invalidPhoneDebtor: 'CN-002',
  suspendedPhoneDebtor: 'CN-003',
  /** A deceased debtor: only the estate's executor is listed, and the CN policy still waits for the lost state. */
  deceasedDebtor: 'CN-005',
  politeMessage: '张先生您好，您的账户有一笔款项待处理，请方便时回电 400-800-1234。',
  threat: '再不还钱，小心你的家人，让你好看。',
  threatSpan: '小心你的家人',
  /** The China policy with 2 calls a day per account instead of 3. */
  stricterPolicy: readFileSync(join(ROOT, 'policies', 'cn-collection.yaml'), 'utf8').replace(
    /(id: cn\.calls_per_day[\s\S]*?max: )3/,
    '$12',
  ),
  historyFrom: '2026-10-01',
};

export interface WorkbenchService {
  url: string;
  close(): Promise<void>;
}

/**
 * The real service as `skipgraph serve --demo` wires it (buildNodeService: every API module, the
 * policies from policies/, the outbox dispatcher, the workbench built from source), on a random
 * local port, over the embedded store in memory with the demo data, the server clock pinned to PINNED_NOW.
 * The service reads national numbers in CN unless `defaultRegion` says otherwise (undefined: in none,
 * as `skipgraph serve` does without SKIPGRAPH_DEFAULT_REGION); the policies come from `policiesDir` when given.
 * With `demoDecisions` the audit log starts with the demo's guard decisions, as `serve --demo` sets it up.
 */
export async function startWorkbenchService(
  options: { defaultRegion?: string | undefined; policiesDir?: string; demoDecisions?: boolean } = {
    defaultRegion: 'CN',
  },
): Promise<WorkbenchService> {
  const store = await openSqliteStore(':memory:');
  await loadDemo(store);
  const policiesDir = options.policiesDir ?? join(ROOT, 'policies');
  if (options.demoDecisions) {
    // As `serve --demo` does on a new database: stamped by the real clock at set-up.
    const registry = await PolicyRegistry.open(policiesDir, { watch: false });
    await recordDemoDecisions({ store, registry, clock: () => new Date() });
    registry.close();
  }
  const deps: ApiDeps = {
    store,
    log: silentLog,
    clock: () => PINNED_NOW,
    newId: () => randomUUID(),
    keys: new Map(DEMO_KEYS),
    limits: { ...DEFAULT_LIMITS, ratePerMinute: 10_000 },
    ...(options.defaultRegion ? { defaultRegion: options.defaultRegion } : {}),
  };
  const service = await buildNodeService(
    deps,
    { policiesDir, webhooks: {}, providerRates: {} },
    { watchPolicies: false },
  );
  const server = serve({ fetch: service.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service.close();
      await store.close();
    },
  };
}
