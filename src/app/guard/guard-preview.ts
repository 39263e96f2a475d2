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
   * What a message must carry once it is written (code `required_content_pending`): a preview of
   * an email or a text has no text to check, so the content rules are conditions of the send (which
   * the guard checks with its text), not a denial of the route.
   */
  mustCarry?: RuleVerdict[];
  nextAllowedAt?: string;
  policyVersion?: string;
}

/** The latest of the failed rules' own times, when every failed rule names one. */
function latestReopening(rules: readonly RuleVerdict[]): string | undefined {
  const times = rules.map((r) => r.nextAllowedAt);
  if (times.length === 0 || !times.every((t): t is string => t !== undefined)) return undefined;
  return times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

/**
 * The policies' decision on a contact at `at`, without auditing (a preview sends nothing; the real
 * check is audited when it happens), with the message's content rules set apart as `mustCarry`
 * when the request has no message: allowed once every other rule passes.
 * @example const preview = await guardPreview(store, registry, { accountId: 'A1', channel: 'email', contact }, at)
 */
export async function guardPreview(
  store: GraphReads & AttemptLog,
  registry: PolicySource,
  request: GuardRequest,
  at: Date,
): Promise<GuardPreview> {
  const decision = await decideWith(store, registry, request, at);
  const unwritten = request.message === undefined;
  const pending = unwritten
    ? decision.rules.filter((r) => r.code === 'required_content_unchecked')
    : [];
  const rules = decision.rules.filter((r) => !pending.includes(r));
  const outcome = decision.outcome === 'deny' && rules.length > 0 ? 'deny' : 'allow';
  const preview: GuardPreview = { outcome, rules, policyVersion: decision.policyVersion };
  if (pending.length > 0)
    preview.mustCarry = pending.map((r) => ({
      ...r,
      code: 'required_content_pending',
      reason: `once written, the ${request.channel} must carry the required ${[r.params.elements].flat().join(', ')}`,
    }));
  const next = outcome === 'deny' ? latestReopening(rules) : undefined;
  if (next !== undefined) preview.nextAllowedAt = next;
  return preview;
}
