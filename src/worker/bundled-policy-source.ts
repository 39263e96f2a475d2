import type { PolicySnapshot, PolicySource } from '../app/policy/policy-registry.js';
import { type PolicySummary, policySummaryOf } from '../app/policy/policy-summary.js';
import { type CompiledPolicy, compilePolicy } from '../domain/policy/compile-policy.js';
import { parsePolicy } from '../domain/policy/parse-policy.js';
import { duplicateIdProblem, type PolicyProblem } from '../domain/policy/policy-problem.js';
import type { PolicyFileText } from './policy-bundle.js';

/**
 * The policies bundled into the Worker, compiled once per isolate. The Worker has no file system and
 * nothing to watch: a policy change is a deploy. An invalid file is left out and reported (the build
 * already refuses one, see scripts/build-worker-assets.ts); with no valid policy for a jurisdiction
 * the guard denies, as on Node.
 * @example const policies = new BundledPolicySource(BUNDLED_POLICIES); createOutreachGuard(policies)
 */
export class BundledPolicySource implements PolicySource {
  private readonly compiled: readonly CompiledPolicy[];
  private readonly snap: PolicySnapshot;

  constructor(files: readonly PolicyFileText[], loadedAt: Date = new Date()) {
    const byId = new Map<string, CompiledPolicy>();
    const errors: PolicyProblem[] = [];
    const policies: PolicySummary[] = [];
    for (const { file, text } of files) {
      const parsed = parsePolicy(file, text);
      if (!parsed.ok) {
        errors.push(...parsed.problems);
        continue;
      }
      const policy = compilePolicy(parsed.loaded);
      const clash = byId.get(policy.id);
      if (clash) {
        errors.push(duplicateIdProblem(file, policy.id, clash.file));
        continue;
      }
      byId.set(policy.id, policy);
      policies.push(policySummaryOf(policy, false));
    }
    this.compiled = [...byId.values()];
    this.snap = { dir: 'bundled', policies, errors, loadedAt: loadedAt.toISOString() };
  }

  /** The compiled policies in force. */
  current(): readonly CompiledPolicy[] {
    return this.compiled;
  }

  /** Loaded policies with versions, and the files that did not load. */
  snapshot(): PolicySnapshot {
    return this.snap;
  }
}
