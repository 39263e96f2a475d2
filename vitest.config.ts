import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A temporary directory for the run, removed after it (first, so it is torn down last); then
    // one local Neo4j (scripts/neo4j) for the suites that ask for it. See each file.
    globalSetup: ['test/support/temp-root-global-setup.ts', 'test/support/neo4j-global-setup.ts'],
  },
});
