import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './api-error.js';
import { authenticate } from './auth.js';
import { AuthFailures } from './auth-failures.js';
import { isBodyless } from './bodyless-method.js';
import { closeUnreadBodies } from './connection-close.js';
import type { ApiDeps } from './deps.js';
import type { ApiEnv } from './env.js';
import { renderError, renderNotFound } from './error-handler.js';
import { localise } from './localise.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { serveOpenApiDocument } from './openapi-document.js';
import { rateLimit } from './rate-limit.js';
import { nodeBodyStream } from './request-body.js';
import { requestContext } from './request-id.js';
import { docsRoutes } from './routes/docs.js';
import { graphRoutes } from './routes/graph.js';
import { healthRoutes } from './routes/health.js';
import type { StaticAssets } from './static-assets.js';
import { requireUtf8Bodies } from './utf8-bodies.js';
import { validationHook } from './validation-hook.js';

/** A group of routes mounted under the authenticated API (`/v1/...` paths inside). */
export type RouteModule = (deps: ApiDeps) => OpenAPIHono<ApiEnv>;

export interface AppOptions {
  /** Extra route modules (guard, routes, outreach, …) mounted beside the built-in ones. */
  modules?: RouteModule[];
  /** Static files: Swagger UI and the web workbench. */
  assets?: StaticAssets;
  /** Mounted at / for the web workbench, when present. */
  web?: (deps: ApiDeps) => OpenAPIHono<ApiEnv> | import('hono').Hono<ApiEnv>;
}

/**
 * Builds the HTTP app: request ids and logs, body and rate limits, API-key roles, OpenAPI routes,
 * and one error shape for everything. Runtime-neutral: Node and Workers both serve it.
 * @example serve({ fetch: createApp(deps).fetch, port: 8787 })
 */
export function createApp(deps: ApiDeps, options: AppOptions = {}): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  app.onError(renderError);
  app.notFound(methodNotAllowed(() => app.routes, renderNotFound));
  app.use('*', requestContext(deps));
  app.use('*', closeUnreadBodies());
  app.use('/v1/*', localise());
  app.use('/v1/*', bodyLimitFor(deps));
  app.use(
    '/v1/*',
    authenticate(
      new AuthFailures(
        deps.limits.authFailuresPerMinute,
        () => deps.clock().getTime(),
        deps.windowCounts,
      ),
    ),
  );
  app.use(
    '/v1/*',
    rateLimit(deps.limits.ratePerMinute, () => deps.clock().getTime(), deps.windowCounts),
  );
  app.use('/v1/*', requireUtf8Bodies(deps.limits.bodyBytes));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'API key',
  });
  app.route('/', healthRoutes(deps));
  app.route('/', graphRoutes(deps));
  for (const module of options.modules ?? []) app.route('/', module(deps));
  serveOpenApiDocument(app);
  app.route('/', docsRoutes(options.assets));
  if (options.web) app.route('/', options.web(deps));
  return app;
}

/** The body length a request declares (0 without a Content-Length; a chunked one is counted as read). */
function declaredLength(c: { req: { header(name: string): string | undefined } }): number {
  const length = Number(c.req.header('content-length') ?? '0');
  return Number.isFinite(length) ? length : Number.POSITIVE_INFINITY;
}

function bodyLimitFor(deps: ApiDeps) {
  const tooLarge = (maxBytes: number) => (): never => {
    throw new ApiError(413, 'body_too_large', `the request body is larger than ${maxBytes} bytes`, {
      params: { maxBytes: String(maxBytes) },
    });
  };
  const onError = tooLarge(deps.limits.bodyBytes);
  const normal = bodyLimit({ maxSize: deps.limits.bodyBytes, onError });
  const ingest = bodyLimit({
    maxSize: deps.limits.ingestBytes,
    onError: tooLarge(deps.limits.ingestBytes),
  });
  return (c: Parameters<typeof normal>[0], next: Parameters<typeof normal>[1]) => {
    if (isBodyless(c.req.method)) return next();
    if (c.req.path === '/v1/ingest') return ingest(c, next);
    // On Node the body is read from Node's own stream and counted as it is read (utf8-bodies.ts);
    // only a declared length is judged here, without the adapter building a Fetch body.
    if (nodeBodyStream(c)) return declaredLength(c) > deps.limits.bodyBytes ? onError() : next();
    return normal(c, next);
  };
}
