import type { CompiledPolicy } from '../../domain/policy/compile-policy.js';
import type { PolicyText } from '../../domain/policy/policy-text.js';

/** One loaded policy as `GET /v1/policies` shows it. */
export interface PolicySummary {
  id: string;
  /** As the file wrote it: one text for every language, or one per language (`{ zh-CN, en }`). */
  name: PolicyText;
  description?: PolicyText;
  file: string;
  version: string;
  jurisdictions: readonly string[];
  rules: { id: string; type: string }[];
  /** True when the file on disk is invalid and this is the last good version still in force. */
  stale: boolean;
}

/** The summary `GET /v1/policies` shows of a compiled policy; `stale` when its file is now invalid. */
export function policySummaryOf(policy: CompiledPolicy, stale: boolean): PolicySummary {
  return {
    id: policy.id,
    name: policy.name,
    ...(policy.description === undefined ? {} : { description: policy.description }),
    file: policy.file,
    version: policy.version,
    jurisdictions: policy.jurisdictions,
    rules: policy.rules.map((r) => ({ id: r.id, type: r.type })),
    stale,
  };
}
