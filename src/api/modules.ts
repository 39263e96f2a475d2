import type { DispatchRelay } from '../app/dispatch/dispatch-relay.js';
import { createOutreachGuard, decideWith } from '../app/guard/check-guard.js';
import type { PolicySnapshot, PolicySource } from '../app/policy/policy-registry.js';
import { previewRoute } from '../app/routes/preview-route.js';
import { lostPolicyOf } from '../domain/lost/lost-policy.js';
import type { RouteModule } from './app.js';
import { auditModule } from './routes/audit.js';
import { guardModule } from './routes/guard.js';
import { ingestModule } from './routes/ingest.js';
import { outreachModule } from './routes/outreach.js';
import { policiesModule } from './routes/policies.js';
import { promisesModule } from './routes/promises.js';
import { routesModule } from './routes/routes.js';
import { worklistModule } from './routes/worklist.js';

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
    (deps) =>
      routesModule({
        preview: (route, ctx) => previewRoute(deps.store, parts.registry, route, ctx),
        lostPolicy: (jurisdiction) => lostPolicyOf(parts.registry.current(), jurisdiction),
      })(deps),
    guardModule({ registry: parts.registry }),
    outreachModule({ guard: createOutreachGuard(parts.registry), relay: parts.relay }),
    policiesModule({ registry: parts.registry }),
    auditModule(),
    promisesModule(),
    worklistModule({
      preview: (deps) => async (route, at) => {
        const decision = await decideWith(
          deps.store,
          parts.registry,
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
          ...(next ? { nextAllowedAt: next } : {}),
        };
      },
    }),
  ];
}
