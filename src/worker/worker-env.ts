import type { D1Database } from './d1-database.js';
import type { DurableObjectNamespace } from './durable-object.js';
import type { AssetsFetcher } from './worker-assets.js';

/**
 * The Worker's bindings (wrangler.toml) and secrets (`wrangler secret put`). Plain-text vars use
 * the same names as the Node service's environment variables.
 */
export interface WorkerEnv {
  /** The embedded store's schema on Cloudflare D1. */
  DB?: D1Database;
  /**
   * The serialising Durable Object (class SerialWriter) every writing request goes through, so caps
   * hold exactly across isolates; without it, writes are serialised within each isolate only.
   */
  WRITER?: DurableObjectNamespace;
  /** Static files: Swagger UI and the web workbench (wrangler.toml `[assets]`). */
  ASSETS?: AssetsFetcher;
  /** Secret: `key:role` pairs separated by commas or new lines. */
  SKIPGRAPH_API_KEYS?: string;
  /** `1` accepts the demo API keys when no keys are set (local development only). */
  SKIPGRAPH_DEMO?: string;
  /** Neo4j Query API endpoint (e.g. https://host:7473/db/neo4j/query/v2); when set, Neo4j is the store. */
  NEO4J_QUERY_URL?: string;
  /** Secrets for the Neo4j Query API. */
  NEO4J_USER?: string;
  NEO4J_PASSWORD?: string;
  LOG_LEVEL?: string;
  SKIPGRAPH_RATE_LIMIT?: string;
  SKIPGRAPH_DEFAULT_REGION?: string;
  /** Any other var (SKIPGRAPH_WEBHOOK_SMS, SKIPGRAPH_RATE_SMS, …) is read by name. */
  [name: string]: unknown;
}

/** The plain-text vars and secrets of the environment, for the shared configuration reader. */
export function stringVars(env: WorkerEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (typeof value === 'string') out[key] = value;
  return out;
}
