import { z } from '@hono/zod-openapi';

/** The one error shape every endpoint answers with. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'person_not_found' }),
      message: z.string().openapi({ example: 'no person with id P404' }),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Builds an error body. */
export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return details === undefined
    ? { error: { code, message } }
    : { error: { code, message, details } };
}

/** Standard error responses for OpenAPI route declarations. */
export function errorResponses(
  ...statuses: number[]
): Record<
  number,
  { description: string; content: { 'application/json': { schema: typeof ErrorBody } } }
> {
  const descriptions: Record<number, string> = {
    400: 'Invalid input',
    401: 'Missing or unknown API key',
    403: 'The role may not use this route, or the guard denied',
    404: 'Not found',
    409: 'Conflict',
    413: 'Body too large',
    429: 'Too many requests',
    503: 'Store unavailable',
  };
  const out: Record<
    number,
    { description: string; content: { 'application/json': { schema: typeof ErrorBody } } }
  > = {};
  for (const s of [401, 403, 429, 503, ...statuses]) {
    out[s] = {
      description: descriptions[s] ?? 'Error',
      content: { 'application/json': { schema: ErrorBody } },
    };
  }
  return out;
}
