import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './env.js';

/** True when the request announces a body (a length above zero, or a chunked transfer). */
function hasBody(headers: { header(name: string): string | undefined }): boolean {
  const length = headers.header('content-length');
  if (length !== undefined && length.trim() !== '0') return true;
  return headers.header('transfer-encoding') !== undefined;
}

/**
 * An error answer to a request whose body was not read whole (413 before reading it, 401 before
 * authenticating it, a streamed import stopped part-way, …) says `Connection: close`: the unread
 * rest of the body would otherwise be taken for the next request on the connection, and the
 * client's next call would fail.
 * @example app.use('*', closeUnreadBodies())
 */
export function closeUnreadBodies(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status < 400 || !hasBody(c.req)) return;
    // A body read whole into Hono's cache (every JSON or YAML body is, by the UTF-8 check) leaves
    // nothing behind: the connection stays usable, so a client denied by the guard keeps it.
    // A 413 may have stopped reading part-way, and a streamed import may have failed mid-body.
    if (c.res.status !== 413 && Object.keys(c.req.bodyCache).length > 0) return;
    // A fresh response: Node's adapter sends the headers captured when the first one was built.
    const headers = new Headers(c.res.headers);
    headers.set('Connection', 'close');
    c.res = new Response(c.res.body, { status: c.res.status, headers });
  };
}
