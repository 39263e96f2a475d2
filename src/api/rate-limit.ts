import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';
import type { ApiEnv } from './env.js';
import { MemoryWindowCounts, type WindowCounts } from './window-counts.js';

const MINUTE_MS = 60_000;

/**
 * Limits each API key to `perMinute` requests in a fixed one-minute window; 429 with Retry-After beyond.
 * Runs after authentication, so it counts per key (the key label), not per IP. `counts` may be
 * shared by every process of the service, so N workers still allow `perMinute`, not N times it.
 * @example app.use('/v1/*', rateLimit(600, () => Date.now()))
 */
export function rateLimit(
  perMinute: number,
  now: () => number,
  counts: WindowCounts = new MemoryWindowCounts(now),
): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const w = await counts.add(`requests:${c.get('keyLabel')}`, 1, MINUTE_MS);
    if (w.count > perMinute) {
      const retryAfter = Math.max(1, Math.ceil((w.start + MINUTE_MS - now()) / 1000));
      throw new ApiError(
        429,
        'rate_limited',
        `more than ${perMinute} requests in a minute for this API key; retry in ${retryAfter}s`,
        { headers: { 'Retry-After': String(retryAfter) }, params: { perMinute, retryAfter } },
      );
    }
    await next();
  };
}
