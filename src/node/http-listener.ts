import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** How long a client may take; why each value is what it is. */
export interface ConnectionTimeouts {
  /** Whole header block (slow-header clients hold a socket per byte otherwise): 10 s. */
  headersMs: number;
  /** Whole request including the body (a 64 MiB import on a slow office line fits): 120 s. */
  requestMs: number;
  /** Idle keep-alive connection before it is closed (Node's default): 5 s. */
  keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: ConnectionTimeouts = {
  headersMs: 10_000,
  requestMs: 120_000,
  keepAliveMs: 5_000,
};

/** Longest wait for requests in flight on SIGTERM before their connections are cut: 25 s (inside a 30 s orchestrator grace). */
export const SHUTDOWN_GRACE_MS = 25_000;

/**
 * Serves the fetch handler on host:port with the timeouts set, resolving once it listens.
 * @example const server = await listen(app.fetch, { host: '127.0.0.1', port: 0 })
 */
export function listen(
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
  at: { host: string; port: number },
  timeouts: ConnectionTimeouts = DEFAULT_TIMEOUTS,
): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch,
      hostname: at.host,
      port: at.port,
      serverOptions: {
        headersTimeout: timeouts.headersMs,
        requestTimeout: timeouts.requestMs,
        keepAliveTimeout: timeouts.keepAliveMs,
        // Node checks the two timeouts above on this interval (30 s by default, too coarse for 10 s).
        connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
      },
    }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve({ server, port: (server.address() as AddressInfo).port });
    });
  });
}

/**
 * Stops accepting connections, lets requests in flight finish (idle keep-alive connections close at
 * once), and cuts what is still open after the grace period.
 */
export function stopAccepting(server: Server, graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
  // A request still arriving on an open keep-alive connection is answered, with Connection: close,
  // so clients move off instead of keeping the old process busy until the grace period ends.
  server.on('request', (_req, res: ServerResponse) => {
    res.shouldKeepAlive = false;
  });
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
