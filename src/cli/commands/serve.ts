import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { type ApiDeps, DEFAULT_LIMITS } from '../../api/deps.js';
import { PolicyRegistry } from '../../app/policy/policy-registry.js';
import { DEMO_KEYS, hasDemoKey, parseApiKeys } from '../../config/api-keys.js';
import type { Config } from '../../config/config.js';
import {
  type ConfigProblem,
  ConfigProblemsError,
  configProblem,
} from '../../config/config-problem.js';
import { isLoopbackHost } from '../../config/loopback.js';
import type { Role } from '../../domain/access/roles.js';
import type { Log } from '../../log/log.js';
import { createPinoLog } from '../../log/pino-log.js';
import type { Lang } from '../../messages/language.js';
import { renderMessage } from '../../messages/render-message.js';
import { boundHeapGrowth } from '../../node/heap-growth.js';
import { listen, stopAccepting } from '../../node/http-listener.js';
import { buildNodeService } from '../../node/node-service.js';
import { runPrimary, WORKER_INDEX_ENV } from '../../node/serve-primary.js';
import { WorkerLimits } from '../../node/shared-limits.js';
import type { GraphStore } from '../../store/graph-store.js';
import { cliLang } from '../cli-lang.js';
import { wordsFor } from '../cli-words.js';
import { helpText } from '../help-text.js';
import { commandConfig, openStore } from '../open-store.js';

/** The keys a variable's text gives, or its problem; a file's text is read here, so its problem names it. */
async function keysFrom(
  variable: 'SKIPGRAPH_API_KEYS' | 'SKIPGRAPH_API_KEYS_FILE',
  source: string | undefined,
): Promise<Map<string, Role> | ConfigProblem> {
  if (source === undefined) return new Map();
  let text = source;
  if (variable === 'SKIPGRAPH_API_KEYS_FILE') {
    try {
      text = await readFile(source, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return configProblem(
        'config_api_keys_file_unreadable',
        { variable, path: source, reason },
        `${variable}: cannot read ${source} (${reason})`,
      );
    }
  }
  const parsed = parseApiKeys(text, variable);
  return parsed.ok ? parsed.keys : parsed.problem;
}

/**
 * Resolves the API keys: configured ones (the variable's, then the file's), else the demo keys on
 * the demo database, else refuses; the published demo keys are refused on any interface but loopback.
 */
export async function resolveKeys(
  config: Config,
  demo: boolean,
  log: Log,
): Promise<Map<string, Role> | ConfigProblem> {
  const keys = new Map<string, Role>();
  for (const [variable, source] of [
    ['SKIPGRAPH_API_KEYS', config.apiKeys],
    ['SKIPGRAPH_API_KEYS_FILE', config.apiKeysFile],
  ] as const) {
    const given = await keysFrom(variable, source);
    if (!(given instanceof Map)) return given;
    for (const [key, role] of given) keys.set(key, role);
  }
  const loopback = isLoopbackHost(config.host);
  if (keys.size > 0) {
    if (!loopback && hasDemoKey(keys))
      return configProblem(
        'config_demo_key_off_loopback',
        { variable: 'SKIPGRAPH_API_KEYS', host: config.host },
        `a published demo key is configured and HOST=${config.host} is not loopback: choose your own keys`,
      );
    return keys;
  }
  if (!demo)
    return configProblem(
      'config_no_api_keys',
      { variable: 'SKIPGRAPH_API_KEYS' },
      'no API keys configured: set SKIPGRAPH_API_KEYS=key:role,… or SKIPGRAPH_API_KEYS_FILE (only the demo database runs without keys)',
    );
  if (!loopback)
    return configProblem(
      'config_demo_off_loopback',
      { variable: 'HOST', host: config.host },
      `the demo keys are published and HOST=${config.host} is not loopback: set SKIPGRAPH_API_KEYS, or serve the demo on 127.0.0.1`,
    );
  log.warn(
    { keys: [...DEMO_KEYS.keys()] },
    'no API keys configured: the demo keys are accepted; never expose this service',
  );
  return new Map(DEMO_KEYS);
}

/** Writes the configuration's problems to stderr in the reader's language, one a line. */
function reportProblems(lang: Lang, problems: readonly ConfigProblem[]): number {
  const lines = problems.map((p) => `  ${wordsFor(lang, p)}`);
  process.stderr.write(
    `${renderMessage(lang, 'serve_configuration_error')}\n${lines.join('\n')}\n`,
  );
  return 1;
}

/** `skipgraph serve`: opens the store, loads demo data if asked, and serves HTTP until stopped. */
export async function runServeCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      demo: { type: 'boolean', default: false },
      port: { type: 'string' },
      db: { type: 'string' },
      store: { type: 'string' },
      workers: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${helpText(cliLang(values.lang, process.env), 'serve')}\n`);
    return 0;
  }
  const lang = cliLang(values.lang, process.env);
  const loaded = commandConfig(process.env, values);
  if (!loaded.ok) return reportProblems(lang, loaded.problems);
  const config = loaded.config;
  boundHeapGrowth(config.heapGrowthPercent);
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    process.stderr.write(`${renderMessage(lang, 'serve_workers_range', { min: 1, max: 256 })}\n`);
    return 1;
  }
  const inWorker = cluster.isWorker && process.env[WORKER_INDEX_ENV] !== undefined;
  const rootLog = createPinoLog({ level: config.logLevel });
  // Each worker's lines name it, so a log shows which process answered.
  const log = inWorker ? rootLog.child({ worker: Number(process.env[WORKER_INDEX_ENV]) }) : rootLog;
  const keys = await resolveKeys(config, values.demo, log);
  if (!(keys instanceof Map)) {
    process.stderr.write(
      `${renderMessage(lang, 'serve_refusing', { problem: wordsFor(lang, keys) })}\n`,
    );
    return 1;
  }
  try {
    return await serve(config, { demo: values.demo, workers, inWorker, keys, log });
  } catch (error) {
    // A bad provider rate, webhook URL, calibration file or NEO4J_* variable, found on opening.
    if (error instanceof ConfigProblemsError) return reportProblems(lang, error.problems);
    throw error;
  }
}

/** What `serve` runs with once its configuration and keys are known. */
interface ServeRun {
  demo: boolean;
  workers: number;
  inWorker: boolean;
  keys: Map<string, Role>;
  log: Log;
}

/** Opens the store and serves (or forks the workers that do) until stopped. */
async function serve(config: Config, run: ServeRun): Promise<number> {
  const { demo, workers, inWorker, keys, log } = run;
  if (config.store === 'sqlite' && config.dbPath !== ':memory:')
    mkdirSync(dirname(config.dbPath), { recursive: true });
  // A private in-memory database cannot be shared: it always runs in one process.
  const shared = !(config.store === 'sqlite' && config.dbPath === ':memory:');
  if (!inWorker && workers > 1 && shared) {
    // The primary migrates and loads the demo once, then only forks, relays limits and stops.
    const setup: GraphStore = await openStore(config);
    try {
      if (demo) await loadDemoIfEmpty(setup, config.policiesDir, log);
    } finally {
      await setup.close();
    }
    return runPrimary(workers, log);
  }
  const store: GraphStore = await openStore(config);
  if (demo && !inWorker) await loadDemoIfEmpty(store, config.policiesDir, log);
  const limits = inWorker ? new WorkerLimits(process as Required<typeof process>) : undefined;

  const deps: ApiDeps = {
    store,
    log,
    clock: () => new Date(),
    newId: () => randomUUID(),
    keys,
    limits: { ...DEFAULT_LIMITS, ratePerMinute: config.ratePerMinute },
    ...(config.defaultRegion ? { defaultRegion: config.defaultRegion } : {}),
    ...(limits ? { windowCounts: limits.windows } : {}),
  };
  const service = await buildNodeService(deps, config, {
    ...(limits ? { pacer: limits.pacer } : {}),
    // Dispatches left queued by a crash are handed over by the first worker only, never twice.
    resumeQueued: !inWorker || process.env[WORKER_INDEX_ENV] === '0',
  }).catch(async (error: unknown) => {
    await store.close();
    // The IPC channel to the primary would keep a worker that cannot start alive.
    if (inWorker) process.disconnect?.();
    throw error;
  });
  const { server, port } = await listen(service.app.fetch, {
    host: config.host,
    port: config.port,
  });
  const shown = config.host.includes(':') ? `[${config.host}]` : config.host;
  log.info(
    {
      host: config.host,
      port,
      store: store.name,
      demo,
    },
    `skipgraph listening on http://${shown}:${port}`,
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      log.info({}, 'shutting down: finishing requests in flight and dispatches handed over');
      void stopAccepting(server).then(resolve);
    };
    // A worker stops when its primary says so: Ctrl-C reaches the primary, which passes it on.
    if (inWorker) process.on('SIGINT', () => {});
    else process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await service.close();
  await store.close();
  // The IPC channel to the primary would keep a worker's event loop alive: let go of it.
  if (inWorker) process.disconnect?.();
  return 0;
}

/**
 * Loads the demo data into an empty store, then has the guard decide the demo's checks with the
 * policies in `policiesDir`, so the audit log starts with real decisions; a store with people is left alone.
 */
async function loadDemoIfEmpty(store: GraphStore, policiesDir: string, log: Log): Promise<void> {
  const counts = await store.counts();
  const persons = counts.nodes.person ?? 0;
  if (persons > 0) return;
  const { loadDemo } = await import('../../demo/load-demo.js');
  const summary = await loadDemo(store);
  log.info({ accepted: summary.accepted, rejected: summary.rejected.length }, 'demo data loaded');
  const { recordDemoDecisions } = await import('../../demo/demo-decisions.js');
  const registry = await PolicyRegistry.open(policiesDir, { watch: false });
  try {
    const decided = await recordDemoDecisions({ store, registry, clock: () => new Date() });
    log.info({ decisions: decided.length }, 'demo guard decisions audited');
  } finally {
    registry.close();
  }
}
