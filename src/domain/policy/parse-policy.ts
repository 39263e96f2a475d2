import { type Document, isNode, type LineCounter } from 'yaml';
import type { z } from 'zod';
import { issueMessage } from '../model/issue-message.js';
import type { PolicyProblem } from './policy-problem.js';
import { Policy } from './policy-schema.js';
import { policyVersionOf } from './policy-version.js';
import { readYaml } from './read-yaml.js';

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
  const read = readYaml(file, text);
  if (!read.ok) return { ok: false, problems: read.problems };
  const { doc, lines: lineCounter, data } = read;
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
          params: {},
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
    params: { issue: [issueMessage(issue)] },
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
