import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BoltCypherRunner } from '../../../src/store/neo4j/bolt-cypher-runner.js';
import { StoreUnavailableError } from '../../../src/store/store-errors.js';

/** A local port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('BoltCypherRunner', () => {
  it('a refused connection leaves the real driver as StoreUnavailableError, and the work never runs', async () => {
    const runner = BoltCypherRunner.connect({
      uri: `bolt://127.0.0.1:${await closedPort()}`,
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
      maxTransactionRetryTimeMs: 0,
    });
    let ran = false;
    try {
      const error = await runner
        .executeWrite(async (tx) => {
          ran = true;
          return tx.run('RETURN 1 AS n', {});
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as Error).message).toBe('neo4j is unavailable (ServiceUnavailable)');
      expect(ran).toBe(false);
      await expect(runner.executeRead((tx) => tx.run('RETURN 1 AS n', {}))).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
    } finally {
      await runner.close();
    }
  });
});
