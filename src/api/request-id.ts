import type { MiddlewareHandler } from 'hono';
import type { ApiDeps } from './deps.js';
import type { ApiEnv } from './env.js';

const INBOUND_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives every request an id (a valid inbound `X-Request-Id` is kept), a child logger carrying it,
 * and echoes it back; logs one line per request with method, redacted path, status and duration.
 * @example app.use('*', requestContext(deps))
 */
export function requestContext(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const inbound = c.req.header('x-request-id');
    const requestId = inbound && INBOUND_ID.test(inbound) ? inbound : deps.newId();
    const log = deps.log.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    c.set('deps', deps);
    // Set before the answer exists: a header added to a finished answer makes Node's adapter
    // build it again as a stream.
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        role: c.get('role'),
      },
      'request',
    );
  };
}
