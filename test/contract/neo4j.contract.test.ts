import { afterAll, describe, it } from 'vitest';
import type { Neo4jConfig } from '../../src/store/neo4j/neo4j-config.js';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store.js';
import { openCypherRunner } from '../../src/store/neo4j/open-neo4j-store.js';
import { emptyDatabase, findNeo4jUnderTest, neo4jRequired } from '../support/neo4j-under-test.js';
import { runGraphStoreContract } from './graph-store.contract.js';

/*
 * The store contract against a live Neo4j (see test/support/neo4j-under-test.ts for which one),
 * run twice: over Bolt (neo4j-driver) and over the Query API (HTTP, what the Worker uses). In CI a
 * Neo4j that cannot be reached fails the run instead of skipping it.
 */

/** Fresh, empty stores on the server, each with its own runner (driver or HTTP client). */
function storeFactory(config: Neo4jConfig): () => Promise<Neo4jGraphStore> {
  const empty = emptyDatabase(config);
  return async () => new Neo4jGraphStore(await empty());
}

const target = await findNeo4jUnderTest();
if ('unavailable' in target) {
  if (neo4jRequired()) {
    describe('GraphStore contract: neo4j', () => {
      it('runs against a live Neo4j (required in CI)', () => {
        throw new Error(`no Neo4j to test against: ${target.unavailable}`);
      });
    });
  } else {
    runGraphStoreContract('neo4j', () => Promise.reject(new Error('not reachable')), {
      skip: target.unavailable,
    });
  }
} else {
  // The sibling is a second store with a driver or HTTP client of its own, as another process has.
  const sibling = (config: Neo4jConfig) => async () =>
    new Neo4jGraphStore(openCypherRunner(config));
  if (target.bolt)
    runGraphStoreContract(`${target.label} over Bolt`, storeFactory(target.bolt), {
      sibling: sibling(target.bolt),
    });
  if (target.queryApi)
    runGraphStoreContract(`${target.label} over the Query API`, storeFactory(target.queryApi), {
      sibling: sibling(target.queryApi),
    });
  afterAll(async () => {
    await target.stop?.();
  });
}
