import { channelsFor } from '../../domain/model/index.js';
import type { AttemptLog, GraphReads } from '../../store/graph-store.js';
import { decideWith } from '../guard/check-guard.js';
import type { PolicySource } from '../policy/policy-registry.js';
import type { GuardPreview, RouteView } from './get-routes.js';

/**
 * The guard's verdict on a ranked route at `at`, for the route's first channel (call for a phone).
 * A preview decides without auditing: nothing is sent, and the real check is audited when it happens.
 * `nextAllowedAt` is the latest of the failed rules' own times, when every failed rule names one.
 * @example getRoutes({ store, preview: (route, ctx) => previewRoute(store, registry, route, ctx) }, query)
 */
export async function previewRoute(
  store: GraphReads & AttemptLog,
  registry: PolicySource,
  route: RouteView,
  ctx: { accountId: string; at: Date },
): Promise<GuardPreview> {
  const channel = channelsFor(route.contact.kind)[0] ?? 'call';
  const decision = await decideWith(
    store,
    registry,
    {
      accountId: ctx.accountId,
      channel,
      contact: route.contact,
      recipientPersonId: route.recipient.personId,
    },
    ctx.at,
  );
  const preview: GuardPreview = {
    outcome: decision.outcome,
    rules: decision.rules,
    policyVersion: decision.policyVersion,
  };
  const times = decision.rules.map((r) => r.nextAllowedAt);
  if (
    decision.outcome === 'deny' &&
    times.length > 0 &&
    times.every((t): t is string => t !== undefined)
  ) {
    preview.nextAllowedAt = times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
  }
  return preview;
}
