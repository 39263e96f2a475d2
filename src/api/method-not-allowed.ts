import type { Context, NotFoundHandler } from 'hono';
import type { ApiEnv } from './env.js';
import { errorBody } from './error-body.js';
import { errorAnswer } from './error-handler.js';

/** A route as the router lists it: its method and its path pattern (`/v1/persons/:id`). */
export interface RouteEntry {
  method: string;
  path: string;
}

/** The path pattern of a route as a regular expression over a request path. */
function patternOf(path: string): RegExp {
  const source = path
    .split('/')
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/**
 * The methods the router answers on this path (GET implies HEAD), sorted; empty when no route
 * has the path. Middleware (`ALL`) is not a route.
 * @example allowedMethods(app.routes, '/v1/guard/check') // ['POST']
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === 'ALL') continue;
    if (patternOf(route.path).test(path)) methods.add(route.method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * Answers a request no route took: `405 method_not_allowed` with an `Allow` header when the path
 * exists under other methods, else the given not-found answer.
 * @example app.notFound(methodNotAllowed(() => app.routes, renderNotFound))
 */
export function methodNotAllowed(
  routes: () => readonly RouteEntry[],
  notFound: NotFoundHandler<ApiEnv>,
): NotFoundHandler<ApiEnv> {
  return (c: Context<ApiEnv>) => {
    const allowed = allowedMethods(routes(), c.req.path);
    if (allowed.length === 0 || allowed.includes(c.req.method)) return notFound(c);
    c.header('Allow', allowed.join(', '));
    return errorAnswer(
      c,
      errorBody(
        'method_not_allowed',
        `${c.req.method} is not allowed on ${c.req.path}; allowed: ${allowed.join(', ')}`,
        {
          details: { allowed },
          params: { method: c.req.method, path: c.req.path, allowed: allowed.join(', ') },
        },
      ),
      405,
    );
  };
}
