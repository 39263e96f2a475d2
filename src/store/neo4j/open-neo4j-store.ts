import { BoltCypherRunner } from './bolt-cypher-runner.js';
import type { CypherRunner } from './cypher-runner.js';
import { type Neo4jConfig, neo4jConfigFromEnv } from './neo4j-config.js';
import { Neo4jGraphStore, type Neo4jGraphStoreOptions } from './neo4j-graph-store.js';
import { applyNeo4jSchema } from './neo4j-schema.js';
import { QueryApiCypherRunner } from './query-api-cypher-runner.js';

/** Options of opening the store. */
export interface OpenNeo4jOptions extends Neo4jGraphStoreOptions {
  /** Apply the schema (idempotent) before returning; default true, as the embedded store migrates on open. */
  applySchema?: boolean;
  /** The fetch the Query API runner uses (tests, Workers bindings). */
  fetch?: typeof fetch;
}

/**
 * The runner the configuration asks for: neo4j-driver over Bolt, or the Query API over HTTP.
 * @example const runner = openCypherRunner(neo4jConfigFromEnv(process.env));
 */
export function openCypherRunner(
  config: Neo4jConfig,
  options: { fetch?: typeof fetch } = {},
): CypherRunner {
  if (config.mode === 'query-api') {
    return new QueryApiCypherRunner({
      url: config.uri,
      user: config.user,
      password: config.password,
      database: config.database,
      ...(options.fetch !== undefined ? { fetch: options.fetch } : {}),
    });
  }
  return BoltCypherRunner.connect({
    uri: config.uri,
    user: config.user,
    password: config.password,
    database: config.database,
  });
}

/**
 * Opens the Neo4j store: connects, checks the database answers (StoreUnavailableError if not)
 * and applies the schema unless told not to. The runner is closed again if any of that fails.
 * @example const store = await openNeo4jStore(neo4jConfigFromEnv(process.env));
 */
export async function openNeo4jStore(
  config: Neo4jConfig,
  options: OpenNeo4jOptions = {},
): Promise<Neo4jGraphStore> {
  const { applySchema = true, fetch, ...storeOptions } = options;
  const runner = openCypherRunner(config, fetch !== undefined ? { fetch } : {});
  const store = new Neo4jGraphStore(runner, storeOptions);
  try {
    await store.ping();
    if (applySchema) await applyNeo4jSchema(runner);
  } catch (error) {
    await runner.close();
    throw error;
  }
  return store;
}

/**
 * Opens the Neo4j store from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE and
 * NEO4J_QUERY_URL (see neo4jConfigFromEnv for how the mode is chosen).
 * @example const store = await openNeo4jStoreFromEnv(process.env);
 */
export async function openNeo4jStoreFromEnv(
  env: Record<string, string | undefined>,
  options: OpenNeo4jOptions = {},
): Promise<Neo4jGraphStore> {
  return openNeo4jStore(neo4jConfigFromEnv(env), options);
}
