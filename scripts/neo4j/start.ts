import { startLocalNeo4j } from './local-neo4j.js';

/*
 * `npm run neo4j`: starts the local Neo4j and prints the variables that point the service at it,
 * then keeps it running until Ctrl-C (or SIGTERM), when it stops the server and exits.
 */

const started = Date.now();
const neo4j = await startLocalNeo4j({
  ...(process.env.NEO4J_PASSWORD ? { password: process.env.NEO4J_PASSWORD } : {}),
  ...(process.env.NEO4J_HEAP ? { heap: process.env.NEO4J_HEAP } : {}),
  ...(process.env.NEO4J_PAGECACHE ? { pageCache: process.env.NEO4J_PAGECACHE } : {}),
  ...(process.env.NEO4J_JVM_OPTS
    ? { jvmOptions: process.env.NEO4J_JVM_OPTS.split(/\s+/).filter((o) => o !== '') }
    : {}),
});
process.stdout.write(
  [
    `# Neo4j ${neo4j.version} is up (${Date.now() - started} ms; server start ${neo4j.startMs} ms). In another shell:`,
    `export NEO4J_URI=${neo4j.bolt}`,
    `export NEO4J_USER=${neo4j.user}`,
    `export NEO4J_PASSWORD=${neo4j.password}`,
    `# or, over the Query API (what the Worker uses): export NEO4J_QUERY_URL=${neo4j.http}`,
    `# Browser-free HTTP root: ${neo4j.http}; press Ctrl-C to stop the server.`,
    '',
  ].join('\n'),
);
let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void neo4j.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
