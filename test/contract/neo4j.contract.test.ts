import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { CypherRunner } from '../../src/store/neo4j/cypher-runner.js';
import { type Neo4jConfig, neo4jConfigFromEnv } from '../../src/store/neo4j/neo4j-config.js';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store.js';
import { applyNeo4jSchema } from '../../src/store/neo4j/neo4j-schema.js';
import { openCypherRunner } from '../../src/store/neo4j/open-neo4j-store.js';
import { runGraphStoreContract } from './graph-store.contract.js';

/*
 * The store contract against Neo4j: against NEO4J_URI when set (an empty database, or one this
 * suite used before: it wipes it between tests), else in a neo4j:5 container through
 * testcontainers when a container runtime answers, else one skip line saying why. With a
 * container, the suite runs twice: over Bolt and over the Query API (HTTP).
 */

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

/**
 * Empties the database between tests; refuses one that holds data this suite did not write. A
 * `SkipgraphContractScratch` node marks a database as this suite's to wipe. (Test-only statements,
 * so they live here rather than in cypher/, which holds what the store runs.)
 */
async function wipe(runner: CypherRunner): Promise<void> {
  await runner.executeWrite(async (tx) => {
    const [row] = await tx.run(
      'OPTIONAL MATCH (m:SkipgraphContractScratch) WITH count(m) AS marked OPTIONAL MATCH (n) RETURN marked, count(n) AS nodes',
      {},
    );
    if (Number(row?.marked) === 0 && Number(row?.nodes) > 0) {
      throw new Error(
        `the Neo4j database at NEO4J_URI is not empty: the contract suite only wipes an empty database or one it used before`,
      );
    }
    await tx.run('MATCH (n) WHERE NOT n:SkipgraphContractScratch DETACH DELETE n', {});
    await tx.run("MERGE (:SkipgraphContractScratch {id: 'contract'})", {});
  });
}

/** A factory of fresh, empty stores on the configured server; the schema is applied once. */
function storeFactory(config: Neo4jConfig): () => Promise<Neo4jGraphStore> {
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
    return new Neo4jGraphStore(runner);
  };
}

if (process.env.NEO4J_URI !== undefined && process.env.NEO4J_URI !== '') {
  const config = neo4jConfigFromEnv(process.env);
  runGraphStoreContract(`neo4j at NEO4J_URI (${config.mode})`, storeFactory(config));
} else if (await containerRuntimeReachable()) {
  const password = 'contract-password';
  let started: Promise<{ bolt: string; http: string; stop: () => Promise<unknown> }> | undefined;
  const start = (): Promise<{ bolt: string; http: string; stop: () => Promise<unknown> }> =>
    (started ??= (async () => {
      const { Neo4jContainer } = await import('@testcontainers/neo4j');
      const container = await new Neo4jContainer('neo4j:5').withPassword(password).start();
      return {
        bolt: container.getBoltUri(),
        http: container.getHttpUri(),
        stop: () => container.stop(),
      };
    })());
  const lazyFactory = (mode: 'bolt' | 'query-api') => {
    let factory: (() => Promise<Neo4jGraphStore>) | undefined;
    return async () => {
      const server = await start();
      factory ??= storeFactory({
        mode,
        uri: mode === 'bolt' ? server.bolt : server.http,
        user: 'neo4j',
        password,
        database: 'neo4j',
      });
      return factory();
    };
  };
  // Pulling the image the first time can take minutes: the container starts once, before the suites, with room for that.
  beforeAll(async () => {
    await start();
  }, 600_000);
  runGraphStoreContract('neo4j:5 container over Bolt', lazyFactory('bolt'));
  runGraphStoreContract('neo4j:5 container over the Query API', lazyFactory('query-api'));
  afterAll(async () => {
    if (started !== undefined) await (await started).stop();
  });
} else {
  runGraphStoreContract('neo4j', () => Promise.reject(new Error('not reachable')), {
    skip: 'no container runtime and NEO4J_URI unset',
  });
}
