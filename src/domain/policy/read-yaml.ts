import { type Document, LineCounter, parseDocument } from 'yaml';
import type { PolicyProblem, ProblemParams } from './policy-problem.js';

/** Bounds on a YAML document people send or edit; each past what a real policy needs, far below harm. */
export interface YamlLimits {
  /** Text length in characters: the reference packs are under 20 000; 1 MiB leaves ample room. */
  maxChars: number;
  /** Alias expansions while building the data (the `yaml` package's own guard against "billion laughs"). */
  maxAliasCount: number;
  /** Nesting of mappings and sequences: a policy nests about 6 deep; 64 stops stack-exhausting documents. */
  maxDepth: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = {
  maxChars: 1024 * 1024,
  maxAliasCount: 100,
  maxDepth: 64,
};

/** Codes of problems where the document was refused for its size or shape, not for its content. */
export const YAML_LIMIT_CODES = [
  'yaml_too_large',
  'yaml_too_many_aliases',
  'yaml_too_deep',
  // The `yaml` parser's own refusal of flow collections nested beyond its stack.
  'yaml_resource_exhaustion',
];

export type ReadYamlResult =
  | { ok: true; doc: Document; lines: LineCounter; data: unknown }
  | { ok: false; problems: PolicyProblem[]; doc?: Document; lines?: LineCounter };

/**
 * Parses YAML text into data within the limits: syntax errors, oversized, alias-expanding and
 * over-nested documents come back as located problems, never as a thrown error or a hung process.
 * @example readYaml('p.yaml', text) // { ok: false, problems: [{ code: 'yaml_too_many_aliases', … }] }
 */
export function readYaml(
  file: string,
  text: string,
  options: { uniqueKeys?: boolean; limits?: YamlLimits } = {},
): ReadYamlResult {
  const limits = options.limits ?? DEFAULT_YAML_LIMITS;
  if (text.length > limits.maxChars)
    return refuse(
      file,
      'yaml_too_large',
      `the document has ${text.length} characters; at most ${limits.maxChars} are read`,
      { chars: text.length, max: limits.maxChars },
    );
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: options.uniqueKeys ?? true,
    });
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(file, limits);
    throw error;
  }
  if (doc.errors.length > 0)
    return { ok: false, problems: yamlProblems(file, doc, lines), doc, lines };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message))
      return refuse(
        file,
        'yaml_too_many_aliases',
        `the document expands more than ${limits.maxAliasCount} aliases (a document built to multiply itself)`,
        { max: limits.maxAliasCount },
      );
    if (error instanceof RangeError) return tooDeep(file, limits);
    throw error;
  }
  if (depthOf(data, limits.maxDepth) > limits.maxDepth) return tooDeep(file, limits);
  return { ok: true, doc, lines, data };
}

/**
 * A YAML document's syntax errors as problems, located by line and column (policy files and policy
 * tests alike): the parser's code names the catalogue message, its English sentence is the detail.
 */
export function yamlProblems(file: string, doc: Document, lines: LineCounter): PolicyProblem[] {
  return doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    const detail = e.message.split('\n')[0] ?? e.message;
    return {
      file,
      path: '',
      line: pos.line,
      column: pos.col,
      code: `yaml_${e.code.toLowerCase()}`,
      message: detail,
      params: { detail },
    };
  });
}

/** True when a problem says the document broke a limit (the HTTP edge answers these with a 4xx). */
export function isLimitProblem(problem: PolicyProblem): boolean {
  return YAML_LIMIT_CODES.includes(problem.code);
}

function refuse(
  file: string,
  code: string,
  message: string,
  params: ProblemParams,
): ReadYamlResult {
  return { ok: false, problems: [{ file, path: '', line: 1, column: 1, code, message, params }] };
}

function tooDeep(file: string, limits: YamlLimits): ReadYamlResult {
  return refuse(file, 'yaml_too_deep', `the document nests deeper than ${limits.maxDepth} levels`, {
    max: limits.maxDepth,
  });
}

/** Nesting depth of plain data, walked without recursion and stopping once past `cap`. */
function depthOf(data: unknown, cap: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > cap) return deepest;
    const children = value instanceof Map ? [...value.values()] : Object.values(value);
    for (const child of children) stack.push([child, level]);
  }
  return deepest;
}
