import { parsePolicy } from '../../domain/policy/parse-policy.js';
import type { PolicyProblem } from '../../domain/policy/policy-problem.js';

/** What `POST /v1/policies/validate` answers: valid or not, every problem, and the version if valid. */
export interface PolicyValidation {
  valid: boolean;
  problems: PolicyProblem[];
  policy?: {
    id: string;
    name: string;
    version: string;
    jurisdictions: string[];
    rules: { id: string; type: string }[];
  };
}

/**
 * Validates a policy's YAML text without loading it: every problem with path, line and column.
 * @example validatePolicyText('id: x\n…').problems // [{ path: 'rules[0].from', line: 8, … }]
 */
export function validatePolicyText(yaml: string, file = 'policy.yaml'): PolicyValidation {
  const parsed = parsePolicy(file, yaml);
  if (!parsed.ok) return { valid: false, problems: parsed.problems };
  const { policy, version } = parsed.loaded;
  return {
    valid: true,
    problems: [],
    policy: {
      id: policy.id,
      name: policy.name,
      version,
      jurisdictions: policy.appliesTo.jurisdictions,
      rules: policy.rules.map((r) => ({ id: r.id, type: r.type })),
    },
  };
}
