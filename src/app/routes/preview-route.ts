import { channelsFor } from '../../domain/model/index.js';
import type { AttemptLog, GraphReads } from '../../store/graph-store.js';
import { type GuardPreview, guardPreview } from '../guard/guard-preview.js';
import type { PolicySource } from '../policy/policy-registry.js';
import type { RouteView } from './get-routes.js';

/**
 * The guard's verdict on a ranked route at `at`, for the route's first channel (call for a phone),
 * as `guardPreview` gives it: unaudited, an email's content rules set apart as what it must carry.
 * @example getRoutes({ store, preview: (route, ctx) => previewRoute(store, registry, route, ctx) }, query)
 */
export function previewRoute(
  store: GraphReads & AttemptLog,
  registry: PolicySource,
  route: RouteView,
  ctx: { accountId: string; at: Date },
): Promise<GuardPreview> {
  const channel = channelsFor(route.contact.kind)[0] ?? 'call';
  return guardPreview(
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
}
