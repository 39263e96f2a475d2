import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, readCypherFiles } from '../../../src/store/neo4j/cypher-files.js';
import {
  ROW_FIELDS,
  type RowsQuery,
  rowKeysProblem,
} from '../../../src/store/neo4j/cypher-rows.js';
import { Neo4jGraphStore } from '../../../src/store/neo4j/neo4j-graph-store.js';
import { Neo4jSession } from '../../../src/store/neo4j/neo4j-session.js';
import { attempt, loadFixture } from '../../contract/contract-fixture.js';
import { FakeRunner } from './fake-cypher-runner.js';

const NAMES = Object.keys(ROW_FIELDS) as RowsQuery[];

describe('$rows parameters are checked both ways', () => {
  it('each UNWIND file reads exactly the row keys declared for it', () => {
    const files = readCypherFiles(CYPHER_DIR);
    for (const name of NAMES) {
      const text = files.get(name) ?? '';
      expect(text, name).toMatch(/UNWIND \$rows AS row/);
      const used = [...new Set([...text.matchAll(/\brow\.([A-Za-z0-9_]+)/g)].map((m) => m[1]))];
      const declared = [...ROW_FIELDS[name]];
      // A file that stores the row whole (`+= row`) may read fewer keys than it is sent.
      if (/\+= row\b/.test(text)) expect(declared, name).toEqual(expect.arrayContaining(used));
      else expect(used.sort(), name).toEqual([...new Set(declared)].sort());
    }
  });

  it('the adapter sends every declared statement rows with exactly their declared keys', async () => {
    const runner = new FakeRunner();
    const store = new Neo4jGraphStore(runner);
    await loadFixture(store);
    await store.recordAttempts([attempt('T1', '2026-04-01T08:00:00Z')]);
    const sent = runner.calls.filter((c) => Array.isArray(c.params.rows));
    expect([...new Set(sent.map((c) => c.name))].sort()).toEqual([...NAMES].sort());
    for (const call of sent)
      for (const row of call.params.rows as object[])
        expect(rowKeysProblem(call.name as RowsQuery, row)).toBeUndefined();
  });

  it('refuses a batch whose rows carry an undeclared key or lack a declared one, before sending', async () => {
    const runner = new FakeRunner();
    const session = new Neo4jSession(runner);
    const extra = { id: 'E1', name: 'Acme', nmae: 'typo' };
    await expect(session.upsertBatches('upsert-employers', [extra])).rejects.toThrow(
      'upsert-employers: row key "nmae" is not declared',
    );
    const missing = { id: 'E1' } as unknown as { id: string; name: string };
    await expect(session.upsertBatches('upsert-employers', [missing])).rejects.toThrow(
      'upsert-employers: row key "name" is missing',
    );
    expect(runner.calls).toEqual([]);
  });
});
