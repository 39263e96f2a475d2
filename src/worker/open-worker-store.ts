import { type ConfigProblem, configProblem } from '../config/config-problem.js';
import type { GraphStore } from '../store/graph-store.js';
import { Neo4jConfigError, neo4jConfigFromEnv } from '../store/neo4j/neo4j-config.js';
import { neo4jStoreOverQueryApi } from '../store/neo4j/query-api-store.js';
import { SqliteGraphStore } from '../store/sqlite/sqlite-graph-store.js';
import { D1Executor } from './d1-executor.js';
import { stringVars, type WorkerEnv } from './worker-env.js';

export type WorkerStoreResult =
  | { ok: true; store: GraphStore }
  | { ok: false; problem: ConfigProblem };

/**
 * The store the bindings choose. With `NEO4J_QUERY_URL` (or an http(s) `NEO4J_URI`) set: Neo4j
 * through its Query API over fetch (a Worker cannot open a Bolt socket), credentials from the
 * NEO4J_USER / NEO4J_PASSWORD secrets. Otherwise the embedded store's SQL over the D1 binding `DB`.
 * Neither applies a schema: D1 gets it from `wrangler d1 migrations apply`, Neo4j from
 * `skipgraph migrate --store neo4j`, so no request pays for DDL.
 * @example const opened = openWorkerStore(env); if (opened.ok) createApp({ ...deps, store: opened.store })
 */
export function openWorkerStore(env: WorkerEnv, fetcher?: typeof fetch): WorkerStoreResult {
  const vars = stringVars(env);
  if (vars.NEO4J_QUERY_URL || vars.NEO4J_URI) {
    try {
      const config = neo4jConfigFromEnv(vars);
      if (config.mode !== 'query-api') {
        return {
          ok: false,
          problem: configProblem(
            'config_worker_bolt',
            { variable: 'NEO4J_URI' },
            "NEO4J_URI is a Bolt address, which a Worker cannot open; set NEO4J_QUERY_URL to the server's https:// root (the Query API)",
          ),
        };
      }
      const store = neo4jStoreOverQueryApi({
        url: config.uri,
        user: config.user,
        password: config.password,
        database: config.database,
        ...(fetcher ? { fetch: fetcher } : {}),
      });
      return { ok: true, store };
    } catch (error) {
      if (error instanceof Neo4jConfigError && error.problems[0])
        return { ok: false, problem: error.problems[0] };
      throw error;
    }
  }
  if (env.DB !== undefined)
    return { ok: true, store: new SqliteGraphStore(new D1Executor(env.DB)) };
  return {
    ok: false,
    problem: configProblem(
      'config_worker_no_store',
      { variable: 'DB' },
      'no store: bind a D1 database as DB (wrangler.toml [[d1_databases]]) or set NEO4J_QUERY_URL',
    ),
  };
}
