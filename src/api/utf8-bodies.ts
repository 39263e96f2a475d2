import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';
import { isBodyless } from './bodyless-method.js';
import type { ApiEnv } from './env.js';

/** Routes that stream their body and judge its text line by line (an import reports each bad line). */
const STREAMED = new Set(['/v1/ingest']);

/**
 * Refuses a request body that is not UTF-8 with `400 invalid_utf8`. Without it the bytes would be
 * decoded to U+FFFD and a JSON or YAML document with a damaged name or id would be taken as given.
 * The body is read once and kept, so the route's own parser reads the same bytes.
 * @example app.use('/v1/*', requireUtf8Bodies())
 */
export function requireUtf8Bodies(): MiddlewareHandler<ApiEnv> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return async (c, next) => {
    if (isBodyless(c.req.method) || STREAMED.has(c.req.path) || c.req.raw.body === null)
      return next();
    const bytes = await c.req.arrayBuffer();
    try {
      decoder.decode(bytes);
    } catch {
      throw new ApiError(400, 'invalid_utf8', 'the request body is not valid UTF-8 text');
    }
    return next();
  };
}
