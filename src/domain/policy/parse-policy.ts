import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { PolicyProblem } from './policy-problem.js';
import { Policy } from './policy-schema.js';
import { policyVersionOf } from './policy-version.js';

/** A policy read from one file, with the version of the exact text it came from. */
export interface LoadedPolicy {
  file: string;
  version: string;
  policy: Policy;
}

export type ParsePolicyResult =
  | { ok: true; loaded: LoadedPolicy }
  | { ok: false; problems: PolicyProblem[] };

/**
 * Parses and validates one policy file's text; reports every problem with file, path, line and column.
 * @example parsePolicy('policies/us-reg-f.yaml', text) // { ok: true, loaded: { version: '3fa2…', policy } }
 */
export function parsePolicy(file: string, text: string): ParsePolicyResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, problems: yamlProblems(file, doc, lineCounter) };
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [
        {
          file,
          path: '',
          line: 1,
          column: 1,
          code: 'policy_not_a_mapping',
          message: 'a policy file must be a YAML mapping with id, name, appliesTo and rules',
        },
      ],
    };
  }
  const parsed = Policy.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => problemOf(file, doc, lineCounter, issue)),
    };
  return { ok: true, loaded: { file, version: policyVersionOf(text), policy: parsed.data } };
}

/** A YAML document's syntax errors as problems, located by line and column (policy files and policy tests alike). */
export function yamlProblems(file: string, doc: Document, lines: LineCounter): PolicyProblem[] {
  return doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return {
      file,
      path: '',
      line: pos.line,
      column: pos.col,
      code: `yaml_${e.code.toLowerCase()}`,
      message: firstLine(e.message),
    };
  });
}

function problemOf(
  file: string,
  doc: Document,
  lines: LineCounter,
  issue: z.core.$ZodIssue,
): PolicyProblem {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const problem: PolicyProblem = {
    file,
    path: formatPath(path),
    code: `policy_${issue.code}`,
    message: issue.message,
  };
  const offset = offsetOf(doc, path);
  if (offset !== undefined) {
    const pos = lines.linePos(offset);
    problem.line = pos.line;
    problem.column = pos.col;
  }
  return problem;
}

/** The text offset of the deepest node on the path that exists (a missing key points at its parent). */
function offsetOf(doc: Document, path: (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}

function formatPath(path: (string | number)[]): string {
  let out = '';
  for (const part of path)
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
