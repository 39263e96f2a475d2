import type { Config } from '../config/config.js';
import type { GraphStore } from '../store/graph-store.js';

/** Opens the configured store: the embedded SQLite file, or Neo4j from NEO4J_* variables. */
export async function openStore(config: Config): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    const { openNeo4jStoreFromEnv } = await import('../store/neo4j/open-neo4j-store.js');
    return openNeo4jStoreFromEnv(process.env);
  }
  const { openSqliteStore } = await import('../store/sqlite/open-sqlite-store.js');
  return openSqliteStore(config.dbPath);
}
