import type { GraphStore } from '../store/graph-store.js';
import { SqliteGraphStore } from '../store/sqlite/sqlite-graph-store.js';
import { D1Executor } from './d1-executor.js';
import type { WorkerEnv } from './worker-env.js';

export type WorkerStoreResult = { ok: true; store: GraphStore } | { ok: false; problem: string };

/**
 * The store the bindings choose: the embedded store's SQL over D1 (`DB`). The schema comes from
 * the D1 migrations (`wrangler d1 migrations apply`), not from the Worker, so no request pays for DDL.
 * @example const opened = openWorkerStore(env); if (opened.ok) createApp({ ...deps, store: opened.store })
 */
export function openWorkerStore(env: WorkerEnv): WorkerStoreResult {
  if (env.DB !== undefined) return { ok: true, store: new SqliteGraphStore(new D1Executor(env.DB)) };
  return { ok: false, problem: 'no store binding: add a D1 database bound as DB (wrangler.toml [[d1_databases]])' };
}
