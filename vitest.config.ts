import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Offers one local Neo4j (scripts/neo4j) to the suites that ask for it; see the file.
    globalSetup: ['test/support/neo4j-global-setup.ts'],
  },
});
