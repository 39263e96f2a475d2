import type { Context } from 'hono';

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The caller's network address: the socket's peer on Node, Cloudflare's `CF-Connecting-IP` on
 * Workers (set by the edge, not by the client), `local` for in-process requests. Forwarding headers
 * a client can write itself (`X-Forwarded-For`) are not trusted.
 */
export function clientAddress(c: Context): string {
  const env = c.env as NodeBindings | undefined;
  const peer = env?.incoming?.socket?.remoteAddress;
  if (peer) return peer;
  return c.req.header('cf-connecting-ip') ?? 'local';
}
