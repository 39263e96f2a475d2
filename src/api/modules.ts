import type { CalibrationInForce } from '../app/calibration/calibration-in-force.js';
import type { DispatchRelay } from '../app/dispatch/dispatch-relay.js';
import { createOutreachGuard } from '../app/guard/check-guard.js';
import type { PolicySnapshot, PolicySource } from '../app/policy/policy-registry.js';
import { previewRoute } from '../app/routes/preview-route.js';
import { worklistPreview } from '../app/worklist/worklist-preview.js';
import { lostPolicyOf } from '../domain/lost/lost-policy.js';
import type { RouteModule } from './app.js';
import { auditModule } from './routes/audit.js';
import { consumerRequestsModule } from './routes/consumer-requests.js';
import { guardModule } from './routes/guard.js';
import { inboundModule } from './routes/inbound.js';
import { ingestModule } from './routes/ingest.js';
import { outreachModule } from './routes/outreach.js';
import { policiesModule } from './routes/policies.js';
import { promisesModule } from './routes/promises.js';
import { rankingModule } from './routes/ranking.js';
import { routesModule } from './routes/routes.js';
import { worklistModule } from './routes/worklist.js';

/** What the full API needs beyond the store: the policies in force and the dispatch relay. */
export interface ServiceParts {
  registry: PolicySource & { snapshot(): PolicySnapshot };
  relay: DispatchRelay;
  /** The ranking's calibration (SKIPGRAPH_CALIBRATION); the documented defaults when absent. */
  calibration?: CalibrationInForce;
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
        preview: (route, ctx) => previewRoute(ctx.reads, parts.registry, route, ctx),
        lostPolicy: (jurisdiction) => lostPolicyOf(parts.registry.current(), jurisdiction),
        ...(parts.calibration ? { reliabilities: parts.calibration.reliabilities } : {}),
      })(deps),
    rankingModule(parts.calibration),
    guardModule({ registry: parts.registry }),
    outreachModule({ guard: createOutreachGuard(parts.registry), relay: parts.relay }),
    inboundModule(),
    consumerRequestsModule(),
    policiesModule({ registry: parts.registry }),
    auditModule(),
    promisesModule(),
    worklistModule({ preview: (deps) => worklistPreview(deps.store, parts.registry) }),
  ];
}
