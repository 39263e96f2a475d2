import type { DispatchRelay } from '../app/dispatch/dispatch-relay.js';
import { createOutreachGuard } from '../app/guard/check-guard.js';
import type { PolicySnapshot, PolicySource } from '../app/policy/policy-registry.js';
import { decideWith } from '../app/guard/check-guard.js';
import type { GuardPreview, RouteView } from '../app/routes/get-routes.js';
import { channelsFor } from '../domain/model/index.js';
import type { GraphStore } from '../store/graph-store.js';
import type { RouteModule } from './app.js';
import { auditModule } from './routes/audit.js';
import { guardModule } from './routes/guard.js';
import { ingestModule } from './routes/ingest.js';
import { outreachModule } from './routes/outreach.js';
import { policiesModule } from './routes/policies.js';
import { routesModule } from './routes/routes.js';

/** What the full API needs beyond the store: the policies in force and the dispatch relay. */
export interface ServiceParts {
  registry: PolicySource & { snapshot(): PolicySnapshot };
  relay: DispatchRelay;
}

/**
 * Every API route module, wired to one policy registry and one dispatch relay; Node and Workers share it.
 * @example createApp(deps, { modules: serviceModules({ registry, relay }) })
 */
export function serviceModules(parts: ServiceParts): RouteModule[] {
  return [
    ingestModule(),
    (deps) => routesModule({ preview: (route, ctx) => previewRoute(deps.store, parts.registry, route, ctx) })(deps),
    guardModule({ registry: parts.registry }),
    outreachModule({ guard: createOutreachGuard(parts.registry), relay: parts.relay }),
    policiesModule({ registry: parts.registry }),
    auditModule(),
  ];
}

/**
 * The guard's verdict on a ranked route at `at`, for the route's first channel (call for a phone).
 * A preview decides without auditing: nothing is sent, and the real check is audited when it happens.
 * `nextAllowedAt` is the latest of the failed rules' own times, when every failed rule names one.
 */
export async function previewRoute(
  store: GraphStore,
  registry: PolicySource,
  route: RouteView,
  ctx: { accountId: string; at: Date },
): Promise<GuardPreview> {
  const channel = channelsFor(route.contact.kind)[0] ?? 'call';
  const decision = await decideWith(store, registry, { accountId: ctx.accountId, channel, contact: route.contact, recipientPersonId: route.recipient.personId }, ctx.at);
  const preview: GuardPreview = { outcome: decision.outcome, rules: decision.rules, policyVersion: decision.policyVersion };
  const times = decision.rules.map((r) => r.nextAllowedAt);
  if (decision.outcome === 'deny' && times.length > 0 && times.every((t): t is string => t !== undefined)) {
    preview.nextAllowedAt = times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
  }
  return preview;
}
