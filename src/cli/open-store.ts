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

/** What a command opens the store for: `import` tunes the embedded file for one long bulk write. */
export type StoreUse = 'serve' | 'import';

/**
 * Embedded-store settings for a bulk import. Transactions of thousands of lines dirty the same
 * index pages again and again: a 128 MiB page cache keeps them in memory between commits, a
 * checkpoint every 64 MiB of WAL (not every 4 MiB) writes each to the file once per interval
 * rather than once per commit while the WAL stays bounded on disk (checkpointing only at the
 * end grew it to 1 GB at 100,000 persons), and no mmap, so resident memory does not grow
 * with the file (mapped pages count as resident: 1.3 GB at a million persons).
 */
const IMPORT_SQLITE = { cacheMiB: 128, checkpointPages: 16_384, mmapBytes: 0 } as const;

/** Opens the configured store: the embedded SQLite file, or Neo4j from NEO4J_* variables. */
export async function openStore(config: Config, use: StoreUse = 'serve'): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    const { openNeo4jStoreFromEnv } = await import('../store/neo4j/open-neo4j-store.js');
    return openNeo4jStoreFromEnv(process.env);
  }
  const { openSqliteStore } = await import('../store/sqlite/open-sqlite-store.js');
  return openSqliteStore(config.dbPath, {
    ...(config.dbKey ? { key: config.dbKey } : {}),
    ...(use === 'import' ? IMPORT_SQLITE : {}),
  });
}
