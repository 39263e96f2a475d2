import { type Config, type ConfigResult, loadConfig } from '../config/config.js';
import type { GraphStore } from '../store/graph-store.js';

/**
 * The configuration a command runs with: the environment, with the command's own options on top
 * (`--db` for SKIPGRAPH_DB, `--store` for SKIPGRAPH_STORE, `--port` for PORT).
 * @example commandConfig(process.env, { db: './data/other.db' })
 */
export function commandConfig(
  env: Readonly<Record<string, string | undefined>>,
  options: { db?: string | undefined; store?: string | undefined; port?: string | undefined },
): ConfigResult {
  const merged = { ...env };
  if (options.port) merged.PORT = options.port;
  if (options.db) merged.SKIPGRAPH_DB = options.db;
  if (options.store) merged.SKIPGRAPH_STORE = options.store;
  return loadConfig(merged);
}

/** Opens the configured store: the embedded SQLite file, or Neo4j from NEO4J_* variables. */
export async function openStore(config: Config): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    const { openNeo4jStoreFromEnv } = await import('../store/neo4j/open-neo4j-store.js');
    return openNeo4jStoreFromEnv(process.env);
  }
  const { openSqliteStore } = await import('../store/sqlite/open-sqlite-store.js');
  return openSqliteStore(config.dbPath, config.dbKey ? { key: config.dbKey } : {});
}
