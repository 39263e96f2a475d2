import { Neo4jGraphStore, type Neo4jGraphStoreOptions } from './neo4j-graph-store.js';
import { type QueryApiConnection, QueryApiCypherRunner } from './query-api-cypher-runner.js';

/**
 * The Neo4j store over the Query API only, for Cloudflare Workers and other places without TCP
 * sockets: this module imports neither neo4j-driver nor the file system (the Cypher text comes
 * from the generated bundle). The schema is applied beforehand with `skipgraph migrate --store neo4j`.
 * @example const store = neo4jStoreOverQueryApi({ url: env.NEO4J_QUERY_URL, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: 'neo4j' });
 */
export function neo4jStoreOverQueryApi(
  connection: QueryApiConnection,
  options: Neo4jGraphStoreOptions = {},
): Neo4jGraphStore {
  return new Neo4jGraphStore(new QueryApiCypherRunner(connection), options);
}
