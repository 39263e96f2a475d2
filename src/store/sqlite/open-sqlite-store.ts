import { BetterSqlite3Executor, type BetterSqlite3Options } from './better-sqlite3-executor.js';
import { migrate } from './schema.js';
import { SqliteGraphStore, type SqliteGraphStoreOptions } from './sqlite-graph-store.js';

/**
 * Opens (creating if needed) the embedded store at `path`, or a private in-memory one for
 * `:memory:`, and brings its schema up to date.
 * @example const store = await openSqliteStore('./data/skipgraph.db');
 */
export async function openSqliteStore(
  path: string,
  options: SqliteGraphStoreOptions & BetterSqlite3Options = {},
): Promise<SqliteGraphStore> {
  const db = new BetterSqlite3Executor(path, options);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  // Node serves many guard checks at once: their audit records share commits (see SqliteAuditLog).
  return new SqliteGraphStore(db, { groupCommit: true, ...options });
}
