import { normaliseText } from '../language/normalise-text.js';
import type { CompiledPolicy } from '../policy/compile-policy.js';
import { coversJurisdiction } from '../policy/jurisdiction.js';
import { jurisdictionsOf } from '../policy/place-jurisdictions.js';
import { combinedVersion } from '../policy/policy-version.js';
import { attemptTime } from './attempt-scope.js';
import type { Decision, RuleVerdict } from './decision.js';
import type { GuardContext, GuardRequest } from './guard-context.js';
import type { RuleInput } from './rule.js';

/** Rule id of the fail-closed denial when no valid policy covers the account's jurisdiction. */
export const NO_POLICY_RULE = 'guard.no_policy';
/** Rule id of the denial when the context does not belong to the request. */
export const CONTEXT_MISMATCH_RULE = 'guard.context_mismatch';
/** Rule id of the denial when a rule throws: a rule that cannot be evaluated never allows. */
export const RULE_ERROR_RULE = 'guard.rule_error';

/** The compiled policies whose jurisdictions cover any of the given ones (the account's and its consumer's places). */
export function applicablePolicies(
  policies: readonly CompiledPolicy[],
  jurisdictions: string | readonly string[],
): CompiledPolicy[] {
  const places = typeof jurisdictions === 'string' ? [jurisdictions] : jurisdictions;
  return policies.filter((p) =>
    p.jurisdictions.some((j) => places.some((place) => coversJurisdiction(j, place))),
  );
}

/** The jurisdictions a decision answers to: the account's, plus those of the debtor's current address. */
export function contextJurisdictions(
  context: Pick<GuardContext, 'account' | 'debtorAddress'>,
): string[] {
  return jurisdictionsOf(context.account.jurisdiction, context.debtorAddress);
}

/**
 * Decides one contact, purely: every applicable policy must allow; a deny lists every failed rule of
 * every policy. No applicable policy → deny (fail closed).
 * @example decide({ accountId: 'A1', channel: 'call', contact }, context, compiled, new Date('2026-03-02T15:30:00Z'))
 */
export function decide(
  request: GuardRequest,
  context: GuardContext,
  policies: readonly CompiledPolicy[],
  at: Date,
): Decision {
  const jurisdiction = context.account.jurisdiction;
  const applicable = applicablePolicies(policies, contextJurisdictions(context));
  if (applicable.length === 0) {
    return {
      outcome: 'deny',
      rules: [
        {
          id: NO_POLICY_RULE,
          policy: 'guard',
          kind: 'fail',
          code: 'no_policy',
          params: { jurisdiction },
          reason: `no valid policy applies to jurisdiction ${jurisdiction}; the guard denies until one does`,
        },
      ],
      policyVersion: 'none',
    };
  }
  const policyVersion = combinedVersion(applicable);
  if (context.account.id !== request.accountId) {
    return {
      outcome: 'deny',
      rules: [
        {
          id: CONTEXT_MISMATCH_RULE,
          policy: 'guard',
          kind: 'fail',
          code: 'context_mismatch',
          params: { accountId: request.accountId },
          reason: 'the context was loaded for a different account',
        },
      ],
      policyVersion,
    };
  }
  const atMs = at.getTime();
  const historyTimes = context.history.map((a) => attemptTime(a, atMs));
  const input: RuleInput = { request, context, at: atMs, thirdParty: false, historyTimes };
  if (request.message !== undefined) input.message = normaliseText(request.message);
  const failed: RuleVerdict[] = [];
  let errors = false;
  for (const policy of applicable) {
    input.thirdParty = !context.recipient.relations.some((r) => policy.consumerRelations.has(r));
    for (const rule of policy.rules) {
      try {
        for (const { id, ...failure } of rule.check(input))
          failed.push({ id, policy: policy.id, kind: 'fail', ...failure });
      } catch {
        errors = true;
        failed.push({
          id: rule.id,
          policy: policy.id,
          kind: 'error',
          code: 'rule_error',
          params: { type: rule.type },
          reason: `${RULE_ERROR_RULE}: the rule could not be evaluated, so it denies`,
        });
      }
    }
  }
  const decision: Decision = {
    outcome: failed.length === 0 ? 'allow' : 'deny',
    rules: failed,
    policyVersion,
  };
  if (errors) decision.errors = true;
  return decision;
}
