import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp, type RouteModule } from '../api/app.js';
import { type ApiDeps, DEFAULT_LIMITS } from '../api/deps.js';
import type { ApiEnv } from '../api/env.js';
import { serviceModules } from '../api/modules.js';
import { webRoutes } from '../api/routes/web.js';
import type { PolicySource } from '../app/policy/policy-registry.js';
import { DEMO_KEYS, parseApiKeys } from '../config/api-keys.js';
import { type Config, loadConfig } from '../config/config.js';
import { type ConfigProblem, configProblem } from '../config/config-problem.js';
import { openDispatch } from '../dispatch/open-dispatch.js';
import type { Role } from '../domain/access/roles.js';
import type { Log } from '../log/log.js';
import type { GraphStore } from '../store/graph-store.js';
import { BUNDLED_POLICIES } from './bundled-policies.js';
import { BundledPolicySource } from './bundled-policy-source.js';
import { createConsoleLog } from './console-log.js';
import { openWorkerStore } from './open-worker-store.js';
import { workerAssets } from './worker-assets.js';
import { loadDemoIfEmpty } from './worker-demo.js';
import { stringVars, type WorkerEnv } from './worker-env.js';

/** The app the Worker serves, and work to keep alive after a response (provider hand-overs). */
export interface WorkerApp {
  app: OpenAPIHono<ApiEnv>;
  /** Resolves when background work started by requests has finished (passed to `ctx.waitUntil`). */
  idle(): Promise<void>;
  /**
   * One-time work before this isolate serves (the demo data on an empty demo store); shared by
   * concurrent first requests, tried again on the next request when it failed.
   */
  prepare(): Promise<void>;
}

export type WorkerAppResult =
  | { ok: true; worker: WorkerApp }
  | { ok: false; problems: ConfigProblem[] };

/** The API keys: the SKIPGRAPH_API_KEYS secret, else the demo keys when SKIPGRAPH_DEMO=1, else a problem. */
function resolveKeys(
  env: WorkerEnv,
  log: Log,
): { ok: true; keys: Map<string, Role> } | { ok: false; problem: ConfigProblem } {
  const parsed = parseApiKeys(env.SKIPGRAPH_API_KEYS ?? '');
  if (!parsed.ok) return parsed;
  if (parsed.keys.size > 0) return parsed;
  if (env.SKIPGRAPH_DEMO !== '1') {
    return {
      ok: false,
      problem: configProblem(
        'config_worker_no_keys',
        { variable: 'SKIPGRAPH_API_KEYS' },
        'no API keys configured: set the secret SKIPGRAPH_API_KEYS=key:role,… (wrangler secret put SKIPGRAPH_API_KEYS)',
      ),
    };
  }
  log.warn(
    { keys: [...DEMO_KEYS.keys()] },
    'no API keys configured: the demo keys are accepted; never expose this Worker',
  );
  return { ok: true, keys: new Map(DEMO_KEYS) };
}

/** The API route modules, the policies they decide with, and a way to wait for their background work. */
interface Modules {
  modules: RouteModule[];
  policies: PolicySource;
  idle: () => Promise<void>;
}

/**
 * The route modules beyond the built-in ones, the same set Node serves (ingest, routes with the
 * guard's preview, guard check, outreach, policies, audit), over the bundled policies and the
 * configured dispatcher.
 */
function routeModules(
  store: GraphStore,
  config: Config,
  log: Log,
  clock: () => Date,
): Modules | { problems: ConfigProblem[] } {
  // Queued dispatches are not resumed at start-up as on Node: every isolate would hand the same
  // ones over again. A hand-over the runtime cut off is retried with POST /v1/outbox/{id}/retry.
  const dispatch = openDispatch(
    { webhooks: config.webhooks, providerRates: config.providerRates },
    { store, clock, log },
  );
  if (!dispatch.ok) return { problems: dispatch.problems };
  const policies = new BundledPolicySource(BUNDLED_POLICIES, clock());
  const snapshot = policies.snapshot();
  log.info(
    {
      policies: snapshot.policies.map((p) => ({ id: p.id, version: p.version })),
      errors: snapshot.errors.length,
    },
    'bundled policies loaded',
  );
  if (snapshot.policies.length === 0)
    log.warn({}, 'no valid policy bundled: the guard denies every contact');
  const relay = dispatch.dispatch.relay;
  return {
    modules: serviceModules({ registry: policies, relay }),
    policies,
    idle: () => relay.idle(),
  };
}

/** The demo store's one-time load, remembered while it runs or has succeeded, forgotten when it failed. */
function demoPreparation(
  env: WorkerEnv,
  store: GraphStore,
  policies: PolicySource,
  log: Log,
): () => Promise<void> {
  const assetsBinding = env.ASSETS;
  if (env.SKIPGRAPH_DEMO !== '1' || assetsBinding === undefined) return async () => {};
  let running: Promise<void> | undefined;
  return () => {
    running ??= loadDemoIfEmpty(store, assetsBinding, policies, log).then(
      () => undefined,
      (error: unknown) => {
        running = undefined;
        log.error({ err: error }, 'demo data not loaded; retrying on the next request');
      },
    );
    return running;
  };
}

/**
 * Builds the same Hono app the Node service serves, wired from the Worker's bindings: the store
 * from `DB` (D1), keys from the `SKIPGRAPH_API_KEYS` secret, logs as JSON lines through console,
 * static files from the `ASSETS` binding. Every configuration problem is named, never guessed past.
 * @example const built = buildWorkerApp(env); if (built.ok) return built.worker.app.fetch(request, env, ctx)
 */
export function buildWorkerApp(env: WorkerEnv): WorkerAppResult {
  const vars = stringVars(env);
  const loaded = loadConfig(vars);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  const config = loaded.config;
  const log = createConsoleLog({ level: config.logLevel });
  const problems: ConfigProblem[] = [];
  const keys = resolveKeys(env, log);
  if (!keys.ok) problems.push(keys.problem);
  const store = openWorkerStore(env);
  if (!store.ok) problems.push(store.problem);
  if (!keys.ok || !store.ok) return { ok: false, problems };

  const deps: ApiDeps = {
    store: store.store,
    log,
    clock: () => new Date(),
    newId: () => crypto.randomUUID(),
    keys: keys.keys,
    limits: { ...DEFAULT_LIMITS, ratePerMinute: config.ratePerMinute },
    ...(config.defaultRegion ? { defaultRegion: config.defaultRegion } : {}),
  };
  const extra = routeModules(store.store, config, log, deps.clock);
  if ('problems' in extra) return { ok: false, problems: extra.problems };
  const assets = env.ASSETS ? workerAssets(env.ASSETS) : undefined;
  const app = createApp(deps, {
    modules: extra.modules,
    ...(assets ? { assets } : {}),
    web: webRoutes(assets),
  });
  return {
    ok: true,
    worker: {
      app,
      idle: extra.idle,
      prepare: demoPreparation(env, store.store, extra.policies, log),
    },
  };
}
