import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { type ApiDeps, DEFAULT_LIMITS } from '../../api/deps.js';
import type { Role } from '../../api/roles.js';
import { DEMO_KEYS, hasDemoKey, parseApiKeys } from '../../config/api-keys.js';
import type { Config } from '../../config/config.js';
import { isLoopbackHost } from '../../config/loopback.js';
import type { Log } from '../../log/log.js';
import { createPinoLog } from '../../log/pino-log.js';
import { boundHeapGrowth } from '../../node/heap-growth.js';
import { listen, stopAccepting } from '../../node/http-listener.js';
import { buildNodeService } from '../../node/node-service.js';
import type { GraphStore } from '../../store/graph-store.js';
import { commandConfig, openStore } from '../open-store.js';

export const SERVE_HELP = `Usage: skipgraph serve [--demo] [--port N] [--db PATH] [--store sqlite|neo4j]

Starts the HTTP service (API under /v1, docs at /docs, workbench at /).

Options:
  --demo           This is the demo database: load the demo data when it is empty, and
                   accept the demo API keys (demo-admin, demo-collector, demo-investigator,
                   demo-compliance) when no keys are configured.
  --port N         Port to listen on (env PORT, default 8787). The service listens on
                   127.0.0.1 only unless HOST says otherwise (HOST=0.0.0.0 for every interface;
                   the demo keys are refused there).
  --db PATH        SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --store KIND     sqlite (default) or neo4j (env NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).
  -h, --help       Show this help.

Environment: SKIPGRAPH_POLICIES, SKIPGRAPH_API_KEYS (key:role,…), SKIPGRAPH_API_KEYS_FILE
(one key:role a line; a key may be stored as sha256:<sha256sum of the key>), HOST, SKIPGRAPH_RATE_LIMIT (requests/minute/key), SKIPGRAPH_RATE_SMS=10/s (provider limits per channel),
SKIPGRAPH_WEBHOOK_SMS=https://… (per-channel webhook dispatch), SKIPGRAPH_DEFAULT_REGION,
SKIPGRAPH_HEAP_GROWTH (percent the heap may grow past its live data, default 50; 0: V8's own), LOG_LEVEL.
`;

/**
 * Resolves the API keys: configured ones, else the demo keys on the demo database, else refuses;
 * the published demo keys are refused on any interface but loopback.
 */
export async function resolveKeys(
  config: Config,
  demo: boolean,
  log: Log,
): Promise<Map<string, Role> | string> {
  let text = config.apiKeys ?? '';
  if (config.apiKeysFile) text += `\n${await readFile(config.apiKeysFile, 'utf8')}`;
  const parsed = parseApiKeys(text);
  if (!parsed.ok) return parsed.message;
  const loopback = isLoopbackHost(config.host);
  if (parsed.keys.size > 0) {
    if (!loopback && hasDemoKey(parsed.keys))
      return `a published demo key is configured and HOST=${config.host} is not loopback: choose your own keys`;
    return parsed.keys;
  }
  if (!demo)
    return 'no API keys configured: set SKIPGRAPH_API_KEYS=key:role,… or SKIPGRAPH_API_KEYS_FILE (only the demo database runs without keys)';
  if (!loopback)
    return `the demo keys are published and HOST=${config.host} is not loopback: set SKIPGRAPH_API_KEYS, or serve the demo on 127.0.0.1`;
  log.warn(
    { keys: [...DEMO_KEYS.keys()] },
    'no API keys configured: the demo keys are accepted; never expose this service',
  );
  return new Map(DEMO_KEYS);
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
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  const loaded = commandConfig(process.env, values);
  if (!loaded.ok) {
    process.stderr.write(`configuration error:\n  ${loaded.problems.join('\n  ')}\n`);
    return 1;
  }
  const config = loaded.config;
  boundHeapGrowth(config.heapGrowthPercent);
  const log = createPinoLog({ level: config.logLevel });
  const keys = await resolveKeys(config, values.demo, log);
  if (typeof keys === 'string') {
    process.stderr.write(`refusing to start: ${keys}\n`);
    return 1;
  }
  if (config.store === 'sqlite' && config.dbPath !== ':memory:')
    mkdirSync(dirname(config.dbPath), { recursive: true });
  const store: GraphStore = await openStore(config);
  if (values.demo) await loadDemoIfEmpty(store, log);

  const deps: ApiDeps = {
    store,
    log,
    clock: () => new Date(),
    newId: () => randomUUID(),
    keys,
    limits: { ...DEFAULT_LIMITS, ratePerMinute: config.ratePerMinute },
    ...(config.defaultRegion ? { defaultRegion: config.defaultRegion } : {}),
  };
  const service = await buildNodeService(deps, config);
  const { server, port } = await listen(service.app.fetch, {
    host: config.host,
    port: config.port,
  });
  const shown = config.host.includes(':') ? `[${config.host}]` : config.host;
  log.info(
    { host: config.host, port, store: store.name, demo: values.demo },
    `skipgraph listening on http://${shown}:${port}`,
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      log.info({}, 'shutting down: finishing requests in flight and dispatches handed over');
      void stopAccepting(server).then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await service.close();
  await store.close();
  return 0;
}

async function loadDemoIfEmpty(store: GraphStore, log: Log): Promise<void> {
  const counts = await store.counts();
  const persons = counts.nodes.person ?? 0;
  if (persons > 0) return;
  const { loadDemo } = await import('../../demo/load-demo.js');
  const summary = await loadDemo(store);
  log.info({ accepted: summary.accepted, rejected: summary.rejected.length }, 'demo data loaded');
}
