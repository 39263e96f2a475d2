import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';
import { isBodyless } from './bodyless-method.js';
import type { ApiEnv } from './env.js';
import { readRequestBody } from './request-body.js';

/** Routes that stream their body and judge its text line by line (an import reports each bad line). */
const STREAMED = new Set(['/v1/ingest']);

/**
 * Reads a request body whole (at most `maxBytes`) and refuses one that is not UTF-8 with
 * `400 invalid_utf8`. Without it the bytes would be decoded to U+FFFD and a JSON or YAML document
 * with a damaged name or id would be taken as given. The bytes and their text are kept in Hono's
 * body cache, so the route's own parser reads the same bytes and nothing decodes them twice.
 * @example app.use('/v1/*', requireUtf8Bodies(1024 * 1024))
 */
export function requireUtf8Bodies(maxBytes: number): MiddlewareHandler<ApiEnv> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return async (c, next) => {
    if (isBodyless(c.req.method) || STREAMED.has(c.req.path)) return next();
    const bytes = await readRequestBody(c, maxBytes);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new ApiError(400, 'invalid_utf8', 'the request body is not valid UTF-8 text', {
        params: { what: 'body' },
      });
    }
    // Hono keeps each body's promise in its cache (its type names the resolved values).
    const cache = c.req.bodyCache as unknown as Record<'arrayBuffer' | 'text', Promise<unknown>>;
    cache.arrayBuffer = Promise.resolve(bytes.buffer);
    cache.text = Promise.resolve(text);
    return next();
  };
}
