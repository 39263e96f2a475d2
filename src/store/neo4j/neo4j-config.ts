import { ConfigProblemsError, configProblem } from '../../config/config-problem.js';

/** How the store talks to Neo4j: the driver over Bolt, or the Query API over HTTP. */
export type Neo4jMode = 'bolt' | 'query-api';

/** Where and how to reach Neo4j. */
export interface Neo4jConfig {
  mode: Neo4jMode;
  /** Bolt URI (mode bolt) or the server's HTTP root (mode query-api). */
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** A missing or malformed NEO4J_* variable; the problem names the variable, never its value. */
export class Neo4jConfigError extends ConfigProblemsError {
  override readonly name = 'Neo4jConfigError';
  readonly code = 'NEO4J_CONFIG';
  /** The problem's catalogue code, the variable at fault, and the English for logs. */
  constructor(problemCode: string, variable: string, message: string) {
    super([configProblem(problemCode, { variable }, message)]);
  }
}

const BOLT_SCHEMES = ['neo4j:', 'neo4j+s:', 'neo4j+ssc:', 'bolt:', 'bolt+s:', 'bolt+ssc:'];
const HTTP_SCHEMES = ['http:', 'https:'];

/** The URL's scheme, or a config error naming the variable. */
function schemeOf(value: string, variable: string): string {
  try {
    return new URL(value).protocol;
  } catch {
    throw new Neo4jConfigError(
      'config_neo4j_not_uri',
      variable,
      `${variable} is not a URI (expected neo4j://, bolt:// or http(s)://)`,
    );
  }
}

/**
 * Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE and NEO4J_QUERY_URL. The mode
 * follows the address: NEO4J_QUERY_URL set → the Query API at that URL; otherwise NEO4J_URI with
 * http:// or https:// → the Query API, with neo4j://, neo4j+s://, bolt:// or bolt+s:// → the
 * driver over Bolt. User defaults to neo4j, database to neo4j.
 * @example neo4jConfigFromEnv(process.env)
 */
export function neo4jConfigFromEnv(env: Record<string, string | undefined>): Neo4jConfig {
  const queryUrl = env.NEO4J_QUERY_URL?.trim() || undefined;
  const uri = env.NEO4J_URI?.trim() || undefined;
  const password = env.NEO4J_PASSWORD;
  if (queryUrl === undefined && uri === undefined)
    throw new Neo4jConfigError(
      'config_neo4j_address_missing',
      'NEO4J_URI',
      'NEO4J_URI (or NEO4J_QUERY_URL) is not set',
    );
  if (password === undefined || password === '')
    throw new Neo4jConfigError('config_not_set', 'NEO4J_PASSWORD', 'NEO4J_PASSWORD is not set');
  const user = env.NEO4J_USER?.trim() || 'neo4j';
  const database = env.NEO4J_DATABASE?.trim() || 'neo4j';
  if (queryUrl !== undefined) {
    if (!HTTP_SCHEMES.includes(schemeOf(queryUrl, 'NEO4J_QUERY_URL')))
      throw new Neo4jConfigError(
        'config_neo4j_query_url_scheme',
        'NEO4J_QUERY_URL',
        'NEO4J_QUERY_URL must be an http:// or https:// URL',
      );
    return { mode: 'query-api', uri: queryUrl, user, password, database };
  }
  const address = uri ?? '';
  const scheme = schemeOf(address, 'NEO4J_URI');
  if (HTTP_SCHEMES.includes(scheme))
    return { mode: 'query-api', uri: address, user, password, database };
  if (BOLT_SCHEMES.includes(scheme))
    return { mode: 'bolt', uri: address, user, password, database };
  throw new Neo4jConfigError(
    'config_neo4j_uri_scheme',
    'NEO4J_URI',
    'NEO4J_URI must start with neo4j://, neo4j+s://, bolt://, bolt+s://, http:// or https://',
  );
}
