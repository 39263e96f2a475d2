import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';
import type { ApiEnv } from './env.js';

interface Window {
  start: number;
  count: number;
}

/**
 * Limits each API key to `perMinute` requests in a fixed one-minute window; 429 with Retry-After beyond.
 * Runs after authentication, so it counts per key (the key label), not per IP.
 * @example app.use('/v1/*', rateLimit(600, () => Date.now()))
 */
export function rateLimit(perMinute: number, now: () => number): MiddlewareHandler<ApiEnv> {
  const windows = new Map<string, Window>();
  return async (c, next) => {
    const key = c.get('keyLabel');
    const t = now();
    let w = windows.get(key);
    if (!w || t - w.start >= 60_000) {
      w = { start: t, count: 0 };
      windows.set(key, w);
    }
    w.count++;
    if (w.count > perMinute) {
      const retryAfter = Math.max(1, Math.ceil((w.start + 60_000 - t) / 1000));
      throw new ApiError(
        429,
        'rate_limited',
        `more than ${perMinute} requests in a minute for this API key; retry in ${retryAfter}s`,
        {
          'Retry-After': String(retryAfter),
        },
      );
    }
    await next();
  };
}
