/**
 * True for the methods whose requests carry no body (the Fetch standard forbids one on GET and
 * HEAD). The body middlewares skip them without asking for `c.req.raw.body`: on Node that
 * question alone makes the adapter build a whole Fetch Request (headers, an AbortController and
 * a body stream) that a read such as `GET /v1/me` never needs.
 * @example if (isBodyless(c.req.method)) return next();
 */
export function isBodyless(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}
