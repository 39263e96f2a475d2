import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import {
  javaAndMavenAvailable,
  type LocalNeo4j,
  startLocalNeo4j,
} from '../../scripts/neo4j/local-neo4j.js';

/*
 * One local Neo4j (scripts/neo4j) for the whole test run, started only when a test asks for it:
 * the setup opens a loopback endpoint whose address it provides as `localNeo4j`; the first test
 * file that fetches it starts the server (the other files never wait for a JVM), later ones get
 * the same server. Teardown stops it. Nothing is offered when NEO4J_URI is set (that server is
 * used) or when java and mvn are missing (the Neo4j suites then fall back to a container or,
 * outside CI, report a skip).
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL that answers the local Neo4j's address and credentials, starting it on first use; '' when unavailable. */
    localNeo4j: string;
    /** Why no local Neo4j is offered ('' when one is). */
    localNeo4jUnavailable: string;
  }
}

/** The vitest global setup: see the comment above. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide('localNeo4j', '');
    project.provide('localNeo4jUnavailable', 'NEO4J_URI is set');
    return async () => undefined;
  }
  if (!javaAndMavenAvailable()) {
    project.provide('localNeo4j', '');
    project.provide('localNeo4jUnavailable', 'java or mvn not on PATH');
    return async () => undefined;
  }
  let started: Promise<LocalNeo4j> | undefined;
  const server: Server = createServer((_request, response) => {
    started ??= startLocalNeo4j();
    started.then(
      ({ stop: _stop, ...info }) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(info));
      },
      (error: unknown) => {
        response.writeHead(503, { 'content-type': 'text/plain' });
        response.end(error instanceof Error ? error.message : String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('localNeo4j', `http://127.0.0.1:${port}/`);
  project.provide('localNeo4jUnavailable', '');
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (started !== undefined) await (await started.catch(() => undefined))?.stop();
  };
}
