import { randomUUID } from 'node:crypto';
import { createApp } from '../../src/api/app.js';
import { type ApiDeps, type ApiLimits, DEFAULT_LIMITS } from '../../src/api/deps.js';
import { serviceModules } from '../../src/api/modules.js';
import { webRoutes } from '../../src/api/routes/web.js';
import type { StaticAssets } from '../../src/api/static-assets.js';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { openDispatch } from '../../src/dispatch/open-dispatch.js';
import type { Role } from '../../src/domain/access/roles.js';
import { type Log, silentLog } from '../../src/log/log.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { callApp, KEYS } from './api-harness.js';

export interface ServiceHarness {
  store: GraphStore;
  deps: ApiDeps;
  app: ReturnType<typeof createApp>;
  call(
    method: string,
    path: string,
    options?: { role?: Role | null; body?: unknown; raw?: string; contentType?: string },
  ): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The full service (every module, the reference policies, outbox dispatch) over the demo data, in
 * memory unless a database file is named; static files only when `assets` are given.
 */
export async function serviceHarness(
  options: {
    now?: Date;
    /** A clock the test moves, for a day that spans several days; overrides `now`. */
    clock?: () => Date;
    log?: Log;
    demo?: boolean;
    limits?: Partial<ApiLimits>;
    dbPath?: string;
    assets?: StaticAssets;
  } = {},
): Promise<ServiceHarness> {
  const store = await openSqliteStore(options.dbPath ?? ':memory:');
  if (options.demo ?? true) await loadDemo(store);
  const now = options.now ?? new Date('2026-11-20T02:00:00Z');
  const log = options.log ?? silentLog;
  const deps: ApiDeps = {
    store,
    log,
    clock: options.clock ?? (() => now),
    newId: () => randomUUID(),
    keys: new Map((Object.entries(KEYS) as [Role, string][]).map(([role, key]) => [key, role])),
    limits: { ...DEFAULT_LIMITS, ratePerMinute: 100_000, ...options.limits },
  };
  const registry = await PolicyRegistry.open('policies', { watch: false, clock: deps.clock });
  const dispatch = openDispatch(
    { webhooks: {}, providerRates: {} },
    { store, clock: deps.clock, log },
  );
  if (!dispatch.ok) throw new Error(dispatch.problems.map((p) => p.message).join('; '));
  const app = createApp(deps, {
    modules: serviceModules({ registry, relay: dispatch.dispatch.relay }),
    web: webRoutes(options.assets),
    ...(options.assets ? { assets: options.assets } : {}),
  });
  return {
    store,
    deps,
    app,
    call: (method, path, o = {}) => {
      const { contentType, ...rest } = o;
      return callApp(
        app,
        method,
        path,
        o.raw !== undefined
          ? { ...rest, headers: { 'content-type': contentType ?? 'text/plain' } }
          : rest,
      );
    },
    close: async () => {
      await dispatch.dispatch.shutdown();
      registry.close();
      await store.close();
    },
  };
}
