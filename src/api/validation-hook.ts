import type { Hook } from '@hono/zod-openapi';
import type { ApiEnv } from './env.js';
import { errorBody } from './error-body.js';

/**
 * Renders a failed zod validation of params, query or body as a 400 naming every bad field.
 * Passed as the OpenAPIHono default hook so every route behaves the same.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the library types the hook's input loosely
export const validationHook: Hook<unknown, ApiEnv, string, unknown> = (result, c) => {
  if (result.success) return;
  const details = result.error.issues.map((i) => ({
    path: i.path.join('.'),
    message: i.message,
    code: i.code,
  }));
  const fields = details.map((d) => d.path || '(body)').join(', ');
  return c.json(errorBody('invalid_input', `invalid ${result.target}: ${fields}`, details), 400);
};
