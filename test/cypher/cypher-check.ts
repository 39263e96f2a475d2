import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCypherFiles } from '../../src/store/neo4j/cypher-files.js';

/*
 * Static check of Cypher files with Neo4j's own language library (@neo4j-cypher/language-support:
 * the ANTLR parser and the semantic analyser compiled from the Neo4j Cypher front end). Its ESM
 * build has extension-less imports Node cannot resolve, so the CommonJS build is loaded.
 */

interface Diagnostic {
  severity?: number;
  message: string;
  range: { start: { line: number; character: number } };
}
interface ParsedStatement {
  command: { type: string; statement: string };
  collectedParameters: { name: string }[];
  collectedFunctions: { name: string; line: number; column: number }[];
}
interface FunctionInfo {
  name: string;
  isBuiltIn?: boolean;
}
interface LanguageSupport {
  lintCypherQuery(query: string, schema: Record<string, unknown>): Diagnostic[];
  parserWrapper: { parse(query: string): { statementsParsing: ParsedStatement[] } };
  testData: { mockSchema: { functions: Record<string, Record<string, FunctionInfo>> } };
}

const require = createRequire(import.meta.url);
const ls = require('@neo4j-cypher/language-support') as LanguageSupport;
/** The library's version (its package.json is not exported: found from the resolved entry point). */
const LIBRARY_VERSION = (
  JSON.parse(
    readFileSync(
      join(dirname(require.resolve('@neo4j-cypher/language-support')), '..', '..', 'package.json'),
      'utf8',
    ),
  ) as { version: string }
).version;

/** Node labels and relationship types of the graph; a MATCH on any other name is a misspelling. */
export const GRAPH_LABELS = [
  'Person',
  'Account',
  'Phone',
  'Email',
  'Address',
  'Employer',
  'Attempt',
  'Audit',
  'Receipt',
  'Dispatch',
  'Sequence',
  'SchemaVersion',
  'ScopeLock',
];
export const GRAPH_RELATIONSHIP_TYPES = [
  'OWES',
  'GUARANTEES',
  'CO_BORROWS',
  'HAS_PHONE',
  'HAS_EMAIL',
  'LIVED_AT',
  'WORKS_AT',
  'LOCATED_AT',
  'KNOWS',
];

/**
 * Neo4j's built-in functions, lower-cased (as the library's own function registry lists them for
 * Cypher 5; built-ins are case-insensitive). Plug-in functions such as APOC are left out, as a
 * stock Neo4j 5 community server has none. Checked here against the parser's collected function
 * calls rather than handed to the linter, which re-serialises a registry this size on every call.
 */
const BUILT_IN_FUNCTIONS = new Set(
  Object.values(ls.testData.mockSchema.functions['CYPHER 5'] ?? {})
    .filter((f) => f.isBuiltIn === true)
    .map((f) => f.name.toLowerCase()),
);

/** One thing wrong with a Cypher file. */
export interface CypherProblem {
  file: string;
  message: string;
}

/** Parameter names a statement uses, without backticks. */
function parametersOf(statement: ParsedStatement): string[] {
  return statement.collectedParameters.map((p) => p.name.replace(/^`|`$/g, ''));
}

/**
 * Problems of one Cypher file: not exactly one statement, syntax or semantic errors and warnings
 * (undefined variables, clause order, unknown functions, misspelt labels), and parameters the file
 * uses that its caller does not pass, or that the caller passes and the file never uses.
 * `declared` undefined means no caller passes anything to it (the file is unused).
 * @example checkCypherText('get-person', 'MATCH (p:Person {id: $id}) RETURN p', ['id'])
 */
export function checkCypherText(
  file: string,
  text: string,
  declared: readonly string[] | undefined,
  extraLabels: readonly string[] = [],
): CypherProblem[] {
  const problems: CypherProblem[] = [];
  const statements = ls.parserWrapper
    .parse(text)
    .statementsParsing.filter((s) => s.command.statement.trim() !== '');
  if (statements.length !== 1)
    problems.push({
      file,
      message: `holds ${statements.length} statements; one file, one statement`,
    });
  const used = new Set(statements.flatMap(parametersOf));
  for (const statement of statements) {
    for (const f of statement.collectedFunctions) {
      if (!BUILT_IN_FUNCTIONS.has(f.name.toLowerCase())) {
        problems.push({
          file,
          message: `error at ${f.line}:${f.column + 1}: Function ${f.name} is not present in the database (not a Neo4j 5 built-in)`,
        });
      }
    }
  }
  const schema = {
    // Parameter agreement is checked below, both ways, with clearer messages.
    parameters: Object.fromEntries([...used].map((p) => [p, null])),
    labels: [...GRAPH_LABELS, ...extraLabels],
    relationshipTypes: GRAPH_RELATIONSHIP_TYPES,
  };
  for (const d of ls.lintCypherQuery(text, schema)) {
    const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
    problems.push({
      file,
      message: `${d.severity === 1 ? 'error' : 'warning'} at ${where}: ${d.message}`,
    });
  }
  if (declared === undefined) {
    problems.push({ file, message: 'no caller runs this file (it has no entry in QUERY_PARAMS)' });
    return problems;
  }
  for (const p of used)
    if (!declared.includes(p))
      problems.push({ file, message: `uses $${p}, which its caller never passes` });
  for (const p of declared)
    if (!used.has(p))
      problems.push({ file, message: `its caller passes ${p}, which the file never uses` });
  return problems;
}

/** This checker's own source: a change to it invalidates every cached result. */
const CHECKER_SOURCE = readFileSync(fileURLToPath(import.meta.url), 'utf8');

/** Results already computed for exactly this file text, declaration, checker and library version. */
type ResultCache = Record<string, CypherProblem[]>;

function readCache(path: string): ResultCache {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ResultCache;
  } catch {
    return {};
  }
}

/**
 * Problems of every `*.cypher` file in `dir` against the declared parameters per query name, plus
 * declared names with no file. With `cachePath`, results are kept per content hash (file name and
 * text, its declared parameters, this checker's source and the library version), as linters cache:
 * the analysis is slow (a few hundred ms a file), and any change to a file analyses it again.
 * `extraLabels` names labels that only these files use (a test's scratch marker).
 * @example checkCypherDir('cypher', QUERY_PARAMS)
 */
export function checkCypherDir(
  dir: string,
  declared: Readonly<Record<string, readonly string[]>>,
  cachePath?: string,
  extraLabels: readonly string[] = [],
): CypherProblem[] {
  const files = readCypherFiles(dir);
  const problems: CypherProblem[] = [];
  const cache = cachePath === undefined ? {} : readCache(cachePath);
  const fresh: ResultCache = {};
  for (const [name, text] of files) {
    const key = createHash('sha256')
      .update(
        JSON.stringify([
          LIBRARY_VERSION,
          CHECKER_SOURCE,
          name,
          text,
          declared[name] ?? null,
          extraLabels,
        ]),
      )
      .digest('hex');
    const found = cache[key] ?? checkCypherText(name, text, declared[name], extraLabels);
    fresh[key] = found;
    problems.push(...found);
  }
  if (cachePath !== undefined) {
    mkdirSync(dirname(cachePath), { recursive: true });
    writeFileSync(cachePath, JSON.stringify(fresh));
  }
  for (const name of Object.keys(declared))
    if (!files.has(name))
      problems.push({
        file: name,
        message: `the store loads ${name}, but ${dir}/${name}.cypher does not exist`,
      });
  return problems;
}
