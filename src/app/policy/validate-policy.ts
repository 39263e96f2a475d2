import { parsePolicy } from '../../domain/policy/parse-policy.js';
import type { PolicyProblem } from '../../domain/policy/policy-problem.js';
import type { PolicyText } from '../../domain/policy/policy-text.js';
import { isLimitProblem } from '../../domain/policy/read-yaml.js';
import { AppError } from '../app-error.js';

/** What `POST /v1/policies/validate` answers: valid or not, every problem, and the version if valid. */
export interface PolicyValidation {
  valid: boolean;
  problems: PolicyProblem[];
  policy?: {
    id: string;
    /** As the file wrote it: one text for every language, or one per language. */
    name: PolicyText;
    description?: PolicyText;
    version: string;
    jurisdictions: string[];
    rules: { id: string; type: string }[];
  };
}

/**
 * Refuses a document that broke a YAML limit (too large, alias-expanding, over-nested): that is a
 * input refused, not a policy with problems to fix line by line.
 * @throws AppError invalid: yaml_limit_exceeded (details: the problems)
 */
export function refuseOverLimit(problems: PolicyProblem[]): void {
  const over = problems.filter(isLimitProblem);
  if (over.length > 0)
    throw new AppError('invalid', 'yaml_limit_exceeded', over.map((p) => p.message).join('; '), {
      details: over,
      // Each limit is a message of its own, with its figures.
      params: { limits: over.map((p) => ({ code: p.code, params: p.params })) },
    });
}

/**
 * Validates a policy's YAML text without loading it: every problem with path, line and column.
 * @throws AppError yaml_limit_exceeded for a document over the YAML limits.
 * @example validatePolicyText('id: x\n…').problems // [{ path: 'rules[0].from', line: 8, … }]
 */
export function validatePolicyText(yaml: string, file = 'policy.yaml'): PolicyValidation {
  const parsed = parsePolicy(file, yaml);
  if (!parsed.ok) {
    refuseOverLimit(parsed.problems);
    return { valid: false, problems: parsed.problems };
  }
  const { policy, version } = parsed.loaded;
  return {
    valid: true,
    problems: [],
    policy: {
      id: policy.id,
      name: policy.name,
      ...(policy.description === undefined ? {} : { description: policy.description }),
      version,
      jurisdictions: policy.appliesTo.jurisdictions,
      rules: policy.rules.map((r) => ({ id: r.id, type: r.type })),
    },
  };
}
