import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createOutreachGuard } from '../../src/app/guard/check-guard.js';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { neo4jConfigFromEnv } from '../../src/store/neo4j/neo4j-config.js';
import { openNeo4jStore } from '../../src/store/neo4j/open-neo4j-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { outreachHarness } from '../outreach/outreach-app.js';

/*
 * One sending process of the cross-process cap test (test/outreach/cross-process-caps.test.ts):
 * opens its own store (the SQLite file in argv[2], or Neo4j from NEO4J_* when argv[2] is
 * "neo4j"), prints "ready", then for each line "<accountId> <number> <count> <keyPrefix>" on
 * stdin sends that many calls at once through the real HTTP app and guard, and prints the
 * statuses as one JSON line. Ends when stdin closes.
 */

const POLICIES = fileURLToPath(new URL('../outreach/fixtures/scope-caps', import.meta.url));
const target = process.argv[2] ?? '';
const store: GraphStore =
  target === 'neo4j'
    ? await openNeo4jStore(neo4jConfigFromEnv(process.env), { applySchema: false })
    : await openSqliteStore(target);
const registry = await PolicyRegistry.open(POLICIES, { watch: false });
const h = outreachHarness({ store, guard: createOutreachGuard(registry) });
process.stdout.write('ready\n');

for await (const line of createInterface({ input: process.stdin })) {
  const [accountId, to, count, prefix] = line.trim().split(' ');
  if (!accountId || !to || !count || !prefix) continue;
  const responses = await Promise.all(
    Array.from({ length: Number(count) }, (_, i) =>
      h.post({ accountId, channel: 'call', to, idempotencyKey: `${prefix}-${i}` }),
    ),
  );
  const statuses = responses.map((r) => r.status);
  const errors = await Promise.all(
    responses.filter((r) => r.status !== 201 && r.status !== 403).map((r) => r.text()),
  );
  process.stdout.write(`${JSON.stringify({ statuses, errors })}\n`);
}
await h.relay.idle();
registry.close();
await store.close();
