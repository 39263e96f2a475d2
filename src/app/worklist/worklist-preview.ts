import type { AttemptLog, GraphReads } from '../../store/graph-store.js';
import { decideWith } from '../guard/check-guard.js';
import type { PolicySource } from '../policy/policy-registry.js';
import type { WorklistPreview } from './get-worklist.js';

/**
 * The worklist's guard: the policies' decision on a stored route at `at`, without auditing (a
 * preview sends nothing); `nextAllowedAt` is the latest of the failed rules' own times when
 * every failed rule names one.
 * @example getWorklist({ store, preview: worklistPreview(store, registry) }, { at })
 */
export function worklistPreview(
  store: GraphReads & AttemptLog,
  registry: PolicySource,
): WorklistPreview {
  return async (route, at) => {
    const decision = await decideWith(
      store,
      registry,
      {
        accountId: route.accountId,
        channel: route.channel,
        contact: route.contact,
        recipientPersonId: route.recipientPersonId,
      },
      at,
    );
    const times = decision.rules.map((r) => r.nextAllowedAt);
    const next =
      decision.outcome === 'deny' && times.length > 0 && times.every((t) => t !== undefined)
        ? (times as string[]).reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b))
        : undefined;
    return {
      outcome: decision.outcome,
      rules: decision.rules,
      policyVersion: decision.policyVersion,
      ...(next ? { nextAllowedAt: next } : {}),
    };
  };
}
