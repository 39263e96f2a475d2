import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiDeps } from '../deps.js';
import type { ApiEnv } from '../env.js';
import { errorBody } from '../error-body.js';

const Health = z.object({ status: z.literal('ok') }).openapi('Health');
const Ready = z
  .object({ status: z.enum(['ready', 'unavailable']), store: z.string() })
  .openapi('Ready');

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['health'],
  summary: 'Liveness: the process answers',
  security: [],
  responses: { 200: { description: 'alive', content: { 'application/json': { schema: Health } } } },
});

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['health'],
  summary: 'Readiness: the graph store answers',
  security: [],
  responses: {
    200: { description: 'ready', content: { 'application/json': { schema: Ready } } },
    503: {
      description: 'store unreachable',
      content: { 'application/json': { schema: z.unknown() } },
    },
  },
});

/** Liveness and readiness probes; no authentication, no personal data. */
export function healthRoutes(deps: ApiDeps): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();
  app.openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200));
  app.openapi(readyz, async (c) => {
    const store = deps.store;
    try {
      await store.ping();
      return c.json({ status: 'ready' as const, store: store.name }, 200);
    } catch {
      return c.json(errorBody('store_unavailable', `the ${store.name} store does not answer`), 503);
    }
  });
  return app;
}
