import { z } from '@hono/zod-openapi';
import { LANGS } from '../messages/language.js';
import { type MessageParams, renderMessage } from '../messages/render-message.js';

/** The one error shape every endpoint answers with. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'person_not_found' }),
      message: z.string().openapi({ example: 'no person with id P404' }),
      params: z
        .record(z.string(), z.unknown())
        .optional()
        .openapi({ description: 'the values the message names', example: { id: 'P404' } }),
      details: z.unknown().optional().openapi({
        description:
          "more about the error (rejected lines, problems); every {code, params, message} in it is worded in the reader's language, as message is",
      }),
    }),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof ErrorBody>;

/**
 * Builds an error body. With `params` the message is the catalogue's, worded for the reader by the
 * localise middleware (code + params is an explanation like any other); `message` is the English
 * kept for a code the catalogue cannot fill, which then goes without `params` so it stays readable.
 * @example errorBody('person_not_found', 'no person with id P9', { params: { id: 'P9' } })
 */
export function errorBody(
  code: string,
  message: string,
  extras: { details?: unknown; params?: MessageParams } = {},
): ErrorBody {
  const { details, params = {} } = extras;
  const worded = LANGS.every((lang) => renderMessage(lang, code, params) !== code);
  return {
    error: {
      code,
      message,
      ...(worded ? { params } : {}),
      ...(details === undefined ? {} : { details }),
    },
  };
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
    415: 'Unsupported media type (`http_415`)',
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
