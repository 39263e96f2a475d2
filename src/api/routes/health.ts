import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiDeps } from '../deps.js';
import type { ApiEnv } from '../env.js';
import { ErrorBody, errorBody } from '../error-body.js';
import { localise } from '../localise.js';

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
  // Outside /v1, so the probe words its own answer for the reader.
  middleware: [localise()] as const,
  responses: {
    200: { description: 'ready', content: { 'application/json': { schema: Ready } } },
    503: {
      description:
        "store unreachable: `store_unavailable`, worded in the reader's language (Accept-Language or ?lang=); `details.store` names the store",
      content: { 'application/json': { schema: ErrorBody } },
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
      // Worded like every other error; which store did not answer stays in the details.
      return c.json(
        errorBody(
          'store_unavailable',
          'the graph store is unavailable; nothing was changed or sent',
          {
            params: {},
            details: { store: store.name },
          },
        ),
        503,
      );
    }
  });
  return app;
}
