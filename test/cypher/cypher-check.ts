import { createRequire } from 'node:module';
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
}
interface FunctionInfo {
  isBuiltIn?: boolean;
}
interface LanguageSupport {
  lintCypherQuery(query: string, schema: Record<string, unknown>): Diagnostic[];
  parserWrapper: { parse(query: string): { statementsParsing: ParsedStatement[] } };
  testData: { mockSchema: { functions: Record<string, Record<string, FunctionInfo>> } };
}

const ls = createRequire(import.meta.url)('@neo4j-cypher/language-support') as LanguageSupport;

/** Node labels and relationship types of the graph; a MATCH on any other name is a misspelling. */
export const GRAPH_LABELS = ['Person', 'Account', 'Phone', 'Email', 'Address', 'Employer', 'Attempt', 'Audit', 'Receipt', 'Dispatch', 'Sequence', 'SchemaVersion'];
export const GRAPH_RELATIONSHIP_TYPES = ['OWES', 'GUARANTEES', 'CO_BORROWS', 'HAS_PHONE', 'HAS_EMAIL', 'LIVED_AT', 'WORKS_AT', 'LOCATED_AT', 'KNOWS'];

/**
 * Neo4j's built-in functions (as the library's own function registry lists them for Cypher 5);
 * plug-in functions such as APOC are left out, as a stock Neo4j 5 community server has none.
 */
const BUILT_IN_FUNCTIONS = Object.fromEntries(Object.entries(ls.testData.mockSchema.functions['CYPHER 5'] ?? {}).filter(([, f]) => f.isBuiltIn === true));

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
export function checkCypherText(file: string, text: string, declared: readonly string[] | undefined): CypherProblem[] {
  const problems: CypherProblem[] = [];
  const statements = ls.parserWrapper.parse(text).statementsParsing.filter((s) => s.command.statement.trim() !== '');
  if (statements.length !== 1) problems.push({ file, message: `holds ${statements.length} statements; one file, one statement` });
  const used = new Set(statements.flatMap(parametersOf));
  const schema = {
    functions: { 'CYPHER 5': BUILT_IN_FUNCTIONS },
    // Parameter agreement is checked below, both ways, with clearer messages.
    parameters: Object.fromEntries([...used].map((p) => [p, null])),
    labels: GRAPH_LABELS,
    relationshipTypes: GRAPH_RELATIONSHIP_TYPES,
  };
  for (const d of ls.lintCypherQuery(text, schema)) {
    const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
    problems.push({ file, message: `${d.severity === 1 ? 'error' : 'warning'} at ${where}: ${d.message}` });
  }
  if (declared === undefined) {
    problems.push({ file, message: 'no caller runs this file (it has no entry in QUERY_PARAMS)' });
    return problems;
  }
  for (const p of used) if (!declared.includes(p)) problems.push({ file, message: `uses $${p}, which its caller never passes` });
  for (const p of declared) if (!used.has(p)) problems.push({ file, message: `its caller passes ${p}, which the file never uses` });
  return problems;
}

/**
 * Problems of every `*.cypher` file in `dir` against the declared parameters per query name, plus
 * declared names with no file.
 * @example checkCypherDir('cypher', QUERY_PARAMS)
 */
export function checkCypherDir(dir: string, declared: Readonly<Record<string, readonly string[]>>): CypherProblem[] {
  const files = readCypherFiles(dir);
  const problems: CypherProblem[] = [];
  for (const [name, text] of files) problems.push(...checkCypherText(name, text, declared[name]));
  for (const name of Object.keys(declared)) if (!files.has(name)) problems.push({ file: name, message: `the store loads ${name}, but ${dir}/${name}.cypher does not exist` });
  return problems;
}
