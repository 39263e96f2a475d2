import neo4j, { type Plan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBoltValue } from '../../../src/store/neo4j/bolt-cypher-runner.js';
import { cypher } from '../../../src/store/neo4j/cypher.js';
import type { QueryName } from '../../../src/store/neo4j/cypher-queries.js';
import { ROW_FIELDS } from '../../../src/store/neo4j/cypher-rows.js';
import type { Neo4jConfig } from '../../../src/store/neo4j/neo4j-config.js';
import {
  emptyDatabase,
  findNeo4jUnderTest,
  neo4jRequired,
} from '../../support/neo4j-under-test.js';

/*
 * The hot queries use their indexes: Neo4j's own plan (EXPLAIN, nothing runs) of every query the
 * guard, the outreach transaction, the routes and the outbox run per request has no label scan
 * and no all-nodes scan, so their cost does not grow with the graph. Left out: find-persons-by-text
 * (a substring search over names is a scan by nature; it is bounded by its LIMIT), counts and the
 * schema statements. The import's UNWIND upserts are checked the same way: each MERGE finds its node
 * through a uniqueness constraint's index, so an import does not slow down with the graph it
 * grows. The neighbourhood hop caps each node's relationships with a bounded top-k (Top), never a
 * sort of a hub's every relationship.
 */

/** Parameters each hot query is planned with (values of the right types; what they match is irrelevant). */
const HOT: Partial<Record<QueryName, Record<string, unknown>>> = {
  'get-person': { id: 'P1' },
  'get-account': { id: 'A1' },
  'get-phone': { e164: '+8613800138000' },
  'get-attempt': { id: 'T1' },
  'get-receipt': { idempotencyKey: 'k' },
  'accounts-of': { personId: 'P1' },
  'account-roles-of': { personIds: ['P1', 'P2'] },
  'find-persons-by-phone': { e164: '+8613800138000', limit: 20 },
  'neighbourhood-root': { personId: 'P1' },
  'phone-holders': { value: '+8613800138000' },
  'email-holders': { value: 'a@example.org' },
  'address-holders': { value: 'ADDR1' },
  'debtors-holding': { contacts: [{ kind: 'phone', value: '+8613800138000' }] },
  'debtors-reaching-phone': { e164: '+8613800138000', limit: 10_000 },
  'attempts-by-account': attemptParams({ accountId: 'A1' }),
  'attempts-by-person': attemptParams({ personId: 'P1' }),
  'attempts-by-contact': attemptParams({ contactKind: 'phone', contactValue: '+8613800138000' }),
  'attempts-in-window': { fromMs: 0, toMs: 1, limit: 10 },
  'lock-scopes': { keys: ['account:A1', 'person:P1'] },
  'put-receipt': {
    idempotencyKey: 'k',
    requestDigest: 'd',
    status: 201,
    body: '{}',
    createdAt: '2026-01-01T00:00:00Z',
  },
  'list-audit': auditParams({}),
  'list-audit-by-account': auditParams({ accountId: 'A1' }),
  'list-audit-by-debtor': auditParams({ debtorId: 'P1' }),
  'list-outbox': { limit: 100 },
  'list-outbox-by-status': { status: 'queued', limit: 100 },
  'update-dispatch': {
    id: 'X1',
    status: 'sent',
    tries: 1,
    lastError: null,
    updatedAt: '2026-01-01T00:00:00Z',
  },
  'set-attempt-outcome': { id: 'T1', outcome: 'no_answer', at: '2026-01-01T00:00:00Z', note: null },
};

function attemptParams(filter: Record<string, unknown>): Record<string, unknown> {
  return {
    accountId: null,
    personId: null,
    contactKind: null,
    contactValue: null,
    fromMs: 0,
    toMs: 1,
    limit: 10,
    ...filter,
  };
}

function auditParams(filter: Record<string, unknown>): Record<string, unknown> {
  return {
    accountId: null,
    debtorId: null,
    outcome: null,
    fromMs: 0,
    toMs: 1,
    limit: 10,
    ...filter,
  };
}

/** One `$rows` row of an UNWIND upsert: every declared key, with a string value (EXPLAIN runs nothing). */
function upsertParams(name: keyof typeof ROW_FIELDS): Record<string, unknown> {
  return { rows: [Object.fromEntries(ROW_FIELDS[name].map((key) => [key, 'x']))] };
}

/** Every operator of a plan, bare names (Neo4j suffixes them with `@neo4j`). */
function operators(plan: Plan): string[] {
  return [plan.operatorType.split('@')[0] ?? '', ...plan.children.flatMap(operators)];
}

const SCANS = [
  'NodeByLabelScan',
  'AllNodesScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
];

const target = await findNeo4jUnderTest();
describe('hot Neo4j queries use their indexes (EXPLAIN)', () => {
  if ('unavailable' in target) {
    it.skipIf(!neo4jRequired())(`needs a live Neo4j (${target.unavailable})`, () => {
      throw new Error(`no Neo4j to test against: ${target.unavailable}`);
    });
    return;
  }
  const config = (target.bolt ?? target.queryApi) as Neo4jConfig;
  let driver: ReturnType<typeof neo4j.driver> | undefined;
  beforeAll(async () => {
    await (await emptyDatabase(config)()).close();
    if (target.bolt)
      driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  }, 300_000);
  afterAll(async () => {
    await driver?.close();
  });

  it.skipIf(!target.bolt)(
    'no label scan and no all-nodes scan in any of them',
    async () => {
      const session = (driver as ReturnType<typeof neo4j.driver>).session({
        database: config.database,
      });
      const scanning: string[] = [];
      try {
        for (const [name, params] of Object.entries(HOT)) {
          const result = await session.run(
            `EXPLAIN ${cypher(name as QueryName)}`,
            toBoltValue(params) as Record<string, unknown>,
          );
          const plan = result.summary.plan;
          if (plan === false) throw new Error(`${name}: no plan`);
          const found = operators(plan).filter((op) => SCANS.includes(op));
          if (found.length > 0) scanning.push(`${name}: ${[...new Set(found)].join(', ')}`);
        }
      } finally {
        await session.close();
      }
      expect(scanning).toEqual([]);
    },
    120_000,
  );

  it.skipIf(!target.bolt)(
    'every import upsert finds its nodes through an index, never a label scan',
    async () => {
      const session = (driver as ReturnType<typeof neo4j.driver>).session({
        database: config.database,
      });
      const scanning: string[] = [];
      const seeking: string[] = [];
      try {
        for (const name of Object.keys(ROW_FIELDS) as (keyof typeof ROW_FIELDS)[]) {
          const result = await session.run(
            `EXPLAIN ${cypher(name)}`,
            toBoltValue(upsertParams(name)) as Record<string, unknown>,
          );
          const plan = result.summary.plan;
          if (plan === false) throw new Error(`${name}: no plan`);
          const ops = operators(plan);
          const found = ops.filter((op) => SCANS.includes(op));
          if (found.length > 0) scanning.push(`${name}: ${[...new Set(found)].join(', ')}`);
          if (ops.some((op) => op.includes('UniqueIndexSeek'))) seeking.push(name);
        }
      } finally {
        await session.close();
      }
      expect(scanning).toEqual([]);
      expect(seeking).toEqual(Object.keys(ROW_FIELDS));
    },
    120_000,
  );

  it.skipIf(!target.bolt)(
    "a neighbourhood hop keeps each node's newest relationships with a bounded top-k, no full sort",
    async () => {
      const session = (driver as ReturnType<typeof neo4j.driver>).session({
        database: config.database,
      });
      try {
        const result = await session.run(
          `EXPLAIN ${cypher('neighbourhood-hop')}`,
          toBoltValue({ frontier: ['4:x:0'], limit: 26 }) as Record<string, unknown>,
        );
        const plan = result.summary.plan;
        if (plan === false) throw new Error('neighbourhood-hop: no plan');
        const ops = operators(plan);
        // One Top per direction; a Sort would order a hub's every relationship before the LIMIT.
        expect(ops.filter((op) => op === 'Top' || op === 'PartialTop')).toHaveLength(2);
        expect(ops.filter((op) => op === 'Sort' || op === 'PartialSort')).toEqual([]);
      } finally {
        await session.close();
      }
    },
    120_000,
  );
});
