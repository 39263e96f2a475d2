import { applicablePolicies } from '../guard/decide.js';
import { RelationKind } from '../model/index.js';
import type { CompiledPolicy } from '../policy/compile-policy.js';
import type { LostParams } from './debtor-lost.js';
import { lostParamsOf } from './lost-params.js';

/** What the policies in force say about third parties for one jurisdiction. */
export type LostPolicy =
  /** No policy applies, or none allows third parties at all: the lost state does not open any door. */
  (
    | { thirdParties: 'never' }
    /** Third parties need no lost state (Regulation F location calls). */
    | { thirdParties: 'always' }
    /** Third parties once the debtor is lost, by these parameters (the first policy that asks). */
    | { thirdParties: 'when_lost'; params: LostParams; policyId: string }
  ) & {
    /** Relation kinds every applicable policy treats as the consumer (undefined: no policy applies). */
    consumerRelations?: RelationKind[];
  };

/**
 * The lost test of the policies applying to `jurisdiction`: the first third-party rule that asks
 * for one, else `always` when a rule allows third parties, else `never`.
 */
export function lostPolicyOf(
  policies: readonly CompiledPolicy[],
  jurisdiction: string,
): LostPolicy {
  let allows = false;
  const applicable = applicablePolicies(policies, jurisdiction);
  const consumerRelations = consumerRelationsOf(applicable);
  const extra = consumerRelations ? { consumerRelations } : {};
  for (const policy of applicable) {
    for (const rule of policy.source.rules) {
      if (rule.type !== 'third_party') continue;
      const params = lostParamsOf(rule);
      if (params) return { thirdParties: 'when_lost', params, policyId: policy.id, ...extra };
      if (rule.channels.length > 0 && rule.maxContactsPerThirdParty > 0) allows = true;
    }
  }
  return { thirdParties: allows ? 'always' : 'never', ...extra };
}

/** The relation kinds that every applicable policy counts as the consumer (the guard needs all to agree). */
function consumerRelationsOf(policies: readonly CompiledPolicy[]): RelationKind[] | undefined {
  if (policies.length === 0) return undefined;
  return RelationKind.options.filter((k) => policies.every((p) => p.consumerRelations.has(k)));
}
