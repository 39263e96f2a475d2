import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { LocalNeo4jInfo } from '../../scripts/neo4j/local-neo4j.js';
import { readCypherFiles } from '../../src/store/neo4j/cypher-files.js';
import type { CypherRunner } from '../../src/store/neo4j/cypher-runner.js';
import { type Neo4jConfig, neo4jConfigFromEnv } from '../../src/store/neo4j/neo4j-config.js';
import { applyNeo4jSchema } from '../../src/store/neo4j/neo4j-schema.js';
import { openCypherRunner } from '../../src/store/neo4j/open-neo4j-store.js';

/*
 * Which Neo4j the Neo4j suites run against, in this order: the server at NEO4J_URI; the local
 * Neo4j of scripts/neo4j (started once per run by test/support/neo4j-global-setup.ts when java
 * and mvn are here); a neo4j:5 container through testcontainers when a container engine answers;
 * else none, with the reason (a skip, except in CI, where a Neo4j suite that cannot run fails).
 */

/** A server the suites can reach, over Bolt and, where known, over the Query API. */
export interface Neo4jUnderTest {
  /** Shown in the suite's name. */
  label: string;
  bolt?: Neo4jConfig;
  queryApi?: Neo4jConfig;
  stop?: () => Promise<unknown>;
}

/** Where the wipe statements live: test-only Cypher, checked by test/cypher like the store's. */
export const TEST_CYPHER_DIR = 'test/support/cypher';
/** The parameters each test-only statement is run with (checked both ways by the static check). */
export const TEST_QUERY_PARAMS: Readonly<Record<string, readonly string[]>> = {
  'contract-wipe-check': [],
  'contract-wipe-delete': [],
  'contract-wipe-mark': [],
};
/** The label that marks a database as the contract suite's own to wipe. */
export const SCRATCH_LABEL = 'SkipgraphContractScratch';

const testCypher = readCypherFiles(TEST_CYPHER_DIR);
function statement(name: keyof typeof TEST_QUERY_PARAMS): string {
  const text = testCypher.get(name);
  if (text === undefined) throw new Error(`${TEST_CYPHER_DIR}/${name}.cypher is missing`);
  return text;
}

/**
 * Empties the database between tests, keeping the schema and its version node; refuses one that
 * holds data this suite did not write (no scratch marker).
 */
export async function wipe(runner: CypherRunner): Promise<void> {
  await runner.executeWrite(async (tx) => {
    const [row] = await tx.run(statement('contract-wipe-check'), {});
    if (Number(row?.marked) === 0 && Number(row?.nodes) > 0) {
      throw new Error(
        'the Neo4j database is not empty: the contract suite only wipes an empty database or one it used before',
      );
    }
    await tx.run(statement('contract-wipe-delete'), {});
    await tx.run(statement('contract-wipe-mark'), {});
  });
}

/**
 * A runner on an empty database of the server: the schema is applied once per configuration,
 * then every call wipes. The caller closes the runner.
 */
export function emptyDatabase(config: Neo4jConfig): () => Promise<CypherRunner> {
  let schema: Promise<unknown> | undefined;
  return async () => {
    const runner = openCypherRunner(config);
    try {
      schema ??= applyNeo4jSchema(runner);
      await schema;
      await wipe(runner);
    } catch (error) {
      await runner.close();
      throw error;
    }
    return runner;
  };
}

/** Resolves true when something accepts a connection at the socket path or host:port within `ms`. */
function answers(
  target: { path: string } | { host: string; port: number },
  ms = 500,
): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(target as never);
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(ms, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Whether a Docker-compatible engine is reachable, checked quickly (no engine: no hang). */
async function containerRuntimeReachable(): Promise<boolean> {
  const host = process.env.DOCKER_HOST;
  if (host !== undefined && host !== '') {
    if (host.startsWith('unix://')) return answers({ path: host.slice('unix://'.length) });
    try {
      const url = new URL(host.replace(/^tcp:/, 'http:'));
      return answers({ host: url.hostname, port: Number(url.port || 2375) });
    } catch {
      return false;
    }
  }
  const sockets = [
    '/var/run/docker.sock',
    join(homedir(), '.docker', 'run', 'docker.sock'),
    join(homedir(), '.docker', 'desktop', 'docker.sock'),
  ];
  for (const path of sockets) if (existsSync(path) && (await answers({ path }))) return true;
  return false;
}

/** Asks the global setup for the local Neo4j, starting it if this is the first asker. */
async function localNeo4j(url: string): Promise<LocalNeo4jInfo> {
  const response = await fetch(url, { signal: AbortSignal.timeout(300_000) });
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as LocalNeo4jInfo;
}

/** Both configurations of one server with known Bolt and HTTP addresses. */
function bothWays(
  label: string,
  server: { bolt: string; http: string; user: string; password: string },
  stop?: () => Promise<unknown>,
): Neo4jUnderTest {
  const common = { user: server.user, password: server.password, database: 'neo4j' };
  return {
    label,
    bolt: { mode: 'bolt', uri: server.bolt, ...common },
    queryApi: { mode: 'query-api', uri: server.http, ...common },
    ...(stop !== undefined ? { stop } : {}),
  };
}

/**
 * The Neo4j to test against, or the reason there is none. Starting a server can take minutes
 * (a cold JVM, an image pull): call it from a `beforeAll` with room for that.
 */
export async function findNeo4jUnderTest(): Promise<Neo4jUnderTest | { unavailable: string }> {
  if (process.env.NEO4J_URI) {
    const config = neo4jConfigFromEnv(process.env);
    return config.mode === 'bolt'
      ? { label: 'NEO4J_URI', bolt: config }
      : { label: 'NEO4J_URI', queryApi: config };
  }
  const local = inject('localNeo4j');
  if (local) {
    const info = await localNeo4j(local);
    return bothWays(`local Neo4j ${info.version}`, info);
  }
  if (await containerRuntimeReachable()) {
    const password = 'contract-password';
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5').withPassword(password).start();
    return bothWays(
      'neo4j:5 container',
      { bolt: container.getBoltUri(), http: container.getHttpUri(), user: 'neo4j', password },
      () => container.stop(),
    );
  }
  return {
    unavailable: `NEO4J_URI unset, no local Neo4j (${inject('localNeo4jUnavailable') || 'not offered'}) and no container engine`,
  };
}

/** Whether a Neo4j suite that cannot run must fail rather than skip (in CI it must). */
export function neo4jRequired(): boolean {
  return process.env.CI === 'true' || process.env.CI === '1';
}
