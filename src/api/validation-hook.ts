import type { Hook } from '@hono/zod-openapi';
import type { ApiEnv } from './env.js';
import { errorBody } from './error-body.js';

/** The fields a validation names, as one language-neutral list ("body.amount, to"). */
export function fieldsOf(issues: readonly { path: readonly PropertyKey[] }[]): string {
  return issues.map((i) => i.path.map(String).join('.') || '(body)').join(', ');
}

/**
 * Renders a failed zod validation of params, query or body as a 400 naming every bad field.
 * Passed as the OpenAPIHono default hook so every route behaves the same. The top-level message
 * is the catalogue's (`invalid_input`, with the target and the fields); each issue keeps zod's text.
 */
export const validationHook: Hook<unknown, ApiEnv, string, unknown> = (result, c) => {
  if (result.success) return;
  const details = result.error.issues.map((i) => ({
    path: i.path.join('.'),
    message: i.message,
    code: i.code,
  }));
  const fields = fieldsOf(result.error.issues);
  return c.json(
    errorBody('invalid_input', `invalid ${result.target}: ${fields}`, {
      details,
      params: { target: result.target, fields },
    }),
    400,
  );
};
