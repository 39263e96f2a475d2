import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CYPHER_DIR,
  readCypherFiles,
  renderCypherBundle,
} from '../../src/store/neo4j/cypher-files.js';
import { QUERY_PARAMS } from '../../src/store/neo4j/cypher-queries.js';
import { SCRATCH_LABEL, TEST_CYPHER_DIR, TEST_QUERY_PARAMS } from '../support/neo4j-under-test.js';
import { checkCypherDir } from './cypher-check.js';

const STORE_DIR = 'src/store/neo4j';
/** Per-content results of earlier runs (see checkCypherDir); a fresh checkout analyses every file. */
const CACHE = 'node_modules/.cache/skipgraph/cypher-check.json';
/** Analysing every file cold takes seconds, and far longer on a loaded machine. */
const COLD_RUN_TIMEOUT_MS = 300_000;

/** Adapter sources that name queries (the declaration map and the generated bundle excluded). */
function adapterSources(): string {
  return readdirSync(STORE_DIR)
    .filter(
      (f) =>
        f.endsWith('.ts') &&
        !f.endsWith('.test.ts') &&
        f !== 'cypher-queries.ts' &&
        f !== 'cypher-bundle.ts',
    )
    .map((f) => readFileSync(join(STORE_DIR, f), 'utf8'))
    .join('\n');
}

describe('Cypher static check', () => {
  it(
    'every file in cypher/ parses, passes semantic analysis and agrees with its caller on parameters',
    () => {
      const problems = checkCypherDir(CYPHER_DIR, QUERY_PARAMS, CACHE);
      expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
      expect(readCypherFiles(CYPHER_DIR).size).toBe(Object.keys(QUERY_PARAMS).length);
    },
    COLD_RUN_TIMEOUT_MS,
  );

  it(
    'the test-only statements (the contract suite wipe) pass the same check',
    () => {
      const problems = checkCypherDir(
        TEST_CYPHER_DIR,
        TEST_QUERY_PARAMS,
        'node_modules/.cache/skipgraph/cypher-check-test.json',
        [SCRATCH_LABEL],
      );
      expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
      expect(readCypherFiles(TEST_CYPHER_DIR).size).toBe(Object.keys(TEST_QUERY_PARAMS).length);
    },
    COLD_RUN_TIMEOUT_MS,
  );

  it('every query the store declares is run by the adapter code', () => {
    const sources = adapterSources();
    const unused = Object.keys(QUERY_PARAMS).filter((name) => !sources.includes(`'${name}'`));
    expect(unused).toEqual([]);
  });

  it('the bundled query text equals the files (run scripts/bundle-cypher.ts after an edit)', () => {
    expect(readFileSync(join(STORE_DIR, 'cypher-bundle.ts'), 'utf8')).toBe(
      renderCypherBundle(readCypherFiles(CYPHER_DIR)),
    );
  });

  describe('reports broken Cypher', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skipgraph-cypher-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const cases: { name: string; text: string; params: string[]; expected: RegExp }[] = [
      {
        name: 'syntax',
        text: 'MATCH (p:Person {id: $id}) RETRUN p',
        params: ['id'],
        expected: /Invalid input 'RETRUN'/,
      },
      {
        name: 'undefined-variable',
        text: 'MATCH (p:Person {id: $id})\nRETURN q.name AS name',
        params: ['id'],
        expected: /Variable `q` not defined/,
      },
      {
        name: 'clause-order',
        text: 'RETURN 1 AS one\nMATCH (p:Person) RETURN p',
        params: [],
        expected: /RETURN can only be used at the end of the query/,
      },
      {
        name: 'unpassed-parameter',
        text: 'MATCH (p:Person {id: $id}) RETURN p LIMIT $limit',
        params: ['id'],
        expected: /uses \$limit, which its caller never passes/,
      },
      {
        name: 'unused-parameter',
        text: 'MATCH (p:Person {id: $id}) RETURN p',
        params: ['id', 'extra'],
        expected: /passes extra, which the file never uses/,
      },
      {
        name: 'two-statements',
        text: 'MATCH (p:Person) RETURN p;\nMATCH (a:Account) RETURN a',
        params: [],
        expected: /holds 2 statements/,
      },
      {
        name: 'unknown-function',
        text: 'MATCH (p:Person) RETURN colaesce(p.name, p.id) AS label',
        params: [],
        expected: /Function colaesce is not present/,
      },
      {
        name: 'misspelt-label',
        text: 'MATCH (p:Persn {id: $id}) RETURN p',
        params: ['id'],
        expected: /Persn is not present in the database/,
      },
    ];
    for (const c of cases) writeFileSync(join(dir, `${c.name}.cypher`), c.text);
    writeFileSync(join(dir, 'fine.cypher'), 'MATCH (p:Person {id: $id})\nRETURN p.name AS name\n');
    const declared: Record<string, string[]> = Object.fromEntries([
      ...cases.map((c) => [c.name, c.params] as const),
      ['fine', ['id']],
      ['missing-file', []],
    ]);
    const problems = checkCypherDir(dir, declared);

    for (const c of cases) {
      it(`${c.name}`, () => {
        const messages = problems.filter((p) => p.file === c.name).map((p) => p.message);
        expect(
          messages.some((m) => c.expected.test(m)),
          messages.join('\n'),
        ).toBe(true);
      });
    }

    it('a correct file has no problem, a declared name without a file is one', () => {
      expect(problems.filter((p) => p.file === 'fine')).toEqual([]);
      expect(problems.filter((p) => p.file === 'missing-file').map((p) => p.message)).toEqual([
        expect.stringMatching(/does not exist/),
      ]);
    });

    it('a file no caller declares is reported', () => {
      const only = checkCypherDir(dir, {});
      expect(only.filter((p) => p.file === 'fine').map((p) => p.message)).toEqual([
        expect.stringMatching(/no caller runs this file/),
      ]);
    });
  });
});
