import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';
import type { ApiEnv } from './env.js';
import { type Permission, type Role, roleAllows } from './roles.js';

/** Compares two strings in time independent of where they differ. */
function timingSafeEqual(a: string, b: string): boolean {
  const enc = new TextEncoder();
  const x = enc.encode(a);
  const y = enc.encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** Finds the role of a presented key, checking every key so timing reveals nothing. */
export function roleOfKey(keys: ReadonlyMap<string, Role>, presented: string): Role | undefined {
  let found: Role | undefined;
  for (const [key, role] of keys) if (timingSafeEqual(key, presented)) found = role;
  return found;
}

/** A short non-secret label of a key for logs: its role and last 4 characters. */
export function keyLabel(role: Role, key: string): string {
  return `${role}…${key.slice(-4)}`;
}

/**
 * Authenticates the bearer API key and remembers the caller's role; 401 when missing or unknown.
 * @example app.use('/v1/*', authenticate())
 */
export function authenticate(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1])
      throw new ApiError(401, 'unauthenticated', 'send an API key as "Authorization: Bearer KEY"', {
        'WWW-Authenticate': 'Bearer',
      });
    const role = roleOfKey(c.get('deps').keys, match[1]);
    if (!role)
      throw new ApiError(401, 'unknown_api_key', 'the API key is not recognised', {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      });
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
      );
    }
    await next();
  };
}
