import type { RuleVerdict } from '../../domain/guard/decision.js';
import type { GuardRequest } from '../../domain/guard/guard-context.js';
import type { AttemptLog, GraphReads } from '../../store/graph-store.js';
import type { PolicySource } from '../policy/policy-registry.js';
import { decideWith } from './check-guard.js';

/** The guard's verdict on a contact not yet made: what a route list and the worklist show. */
export interface GuardPreview {
  outcome: 'allow' | 'deny';
  rules: RuleVerdict[];
  /**
   * What the contact must satisfy once it is prepared: the content an email must carry
   * (`required_content_pending`), the plan a visit must have (`visit_plan_pending`). A preview has
   * neither text nor plan to check, so these are conditions of the contact, which the guard checks
   * when it is made, not a denial of the route.
   */
  conditions?: RuleVerdict[];
  nextAllowedAt?: string;
  policyVersion?: string;
}

/** The latest of the failed rules' own times, when every failed rule names one. */
function latestReopening(rules: readonly RuleVerdict[]): string | undefined {
  const times = rules.map((r) => r.nextAllowedAt);
  if (times.length === 0 || !times.every((t): t is string => t !== undefined)) return undefined;
  return times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

/** A failed check the request could not pass yet (no text, no plan), as the condition it sets. */
function asCondition(request: GuardRequest, r: RuleVerdict): RuleVerdict | undefined {
  if (r.code === 'required_content_unchecked' && request.message === undefined) {
    const elements = [r.params.elements].flat().join(', ');
    return {
      ...r,
      code: 'required_content_pending',
      reason: `once written, the ${request.channel} must carry the required ${elements}`,
    };
  }
  if (r.code === 'visit_unplanned' && request.visit === undefined)
    return {
      ...r,
      code: 'visit_plan_pending',
      reason: `the visit must be planned: at least ${r.params.minCollectors} collectors${r.params.recording === true ? ', recorded from start to end' : ''}`,
    };
  return undefined;
}

/**
 * The policies' decision on a contact at `at`, without auditing (a preview sends nothing; the real
 * check is audited when it happens), with what the contact must satisfy once prepared set apart
 * as `conditions`: allowed once every other rule passes.
 * @example const preview = await guardPreview(store, registry, { accountId: 'A1', channel: 'email', contact }, at)
 */
export async function guardPreview(
  store: GraphReads & AttemptLog,
  registry: PolicySource,
  request: GuardRequest,
  at: Date,
): Promise<GuardPreview> {
  const decision = await decideWith(store, registry, request, at);
  const rules: RuleVerdict[] = [];
  const conditions: RuleVerdict[] = [];
  for (const r of decision.rules) {
    const condition = asCondition(request, r);
    if (condition) conditions.push(condition);
    else rules.push(r);
  }
  const outcome = decision.outcome === 'deny' && rules.length > 0 ? 'deny' : 'allow';
  const preview: GuardPreview = { outcome, rules, policyVersion: decision.policyVersion };
  if (conditions.length > 0) preview.conditions = conditions;
  const next = outcome === 'deny' ? latestReopening(rules) : undefined;
  if (next !== undefined) preview.nextAllowedAt = next;
  return preview;
}
