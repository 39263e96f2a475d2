import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HASHED_KEY_PREFIX } from '../config/api-keys.js';
import { type Permission, type Role, roleAllows } from '../domain/access/roles.js';
import { ApiError } from './api-error.js';
import type { AuthFailures } from './auth-failures.js';
import { clientAddress } from './client-address.js';
import type { ApiEnv } from './env.js';

/** Compares two strings in time independent of where they differ. */
function timingSafeEqual(a: string, b: string): boolean {
  const enc = new TextEncoder();
  const x = enc.encode(a);
  const y = enc.encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/**
 * Finds the role of a presented key, checking every key so timing reveals nothing; keys stored as
 * `sha256:<hex>` are compared by the digest of the presented key.
 */
export function roleOfKey(keys: ReadonlyMap<string, Role>, presented: string): Role | undefined {
  const digest = `${HASHED_KEY_PREFIX}${createHash('sha256').update(presented).digest('hex')}`;
  let found: Role | undefined;
  for (const [key, role] of keys) {
    const candidate = key.startsWith(HASHED_KEY_PREFIX) ? digest : presented;
    if (timingSafeEqual(key, candidate)) found = role;
  }
  return found;
}

/** A short non-secret label of a key for logs: its role and last 4 characters. */
export function keyLabel(role: Role, key: string): string {
  return `${role}…${key.slice(-4)}`;
}

/**
 * Authenticates the bearer API key and remembers the caller's role; 401 when missing or unknown,
 * 429 with Retry-After once an address has failed too often in a minute.
 * @example app.use('/v1/*', authenticate(new AuthFailures(20, Date.now)))
 */
export function authenticate(failures: AuthFailures): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const address = clientAddress(c);
    const wait = await failures.retryAfter(address);
    if (wait > 0)
      throw new ApiError(
        429,
        'too_many_failed_authentications',
        `too many failed authentications from this address; retry in ${wait}s`,
        { headers: { 'Retry-After': String(wait) }, params: { wait } },
      );
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) {
      await failures.fail(address);
      throw new ApiError(401, 'unauthenticated', 'send an API key as "Authorization: Bearer KEY"', {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    }
    const role = roleOfKey(c.get('deps').keys, match[1]);
    if (!role) {
      await failures.fail(address);
      throw new ApiError(401, 'unknown_api_key', 'the API key is not recognised', {
        headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
      });
    }
    c.set('role', role);
    c.set('keyLabel', keyLabel(role, match[1]));
    await next();
  };
}

/**
 * Lets the request through only when the caller's role grants the permission; 403 otherwise.
 * @example createRoute({ ..., middleware: [requires('graph:read')] })
 */
export function requires(permission: Permission): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const role = c.get('role');
    if (!roleAllows(role, permission)) {
      throw new ApiError(
        403,
        'forbidden',
        `the ${role} role may not use this route (needs ${permission})`,
        { params: { role: role ?? 'none', permission } },
      );
    }
    await next();
  };
}
