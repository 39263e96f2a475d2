import type { Hook } from '@hono/zod-openapi';
import { issueMessage } from '../domain/model/issue-message.js';
import { renderMessage } from '../messages/render-message.js';
import type { ApiEnv } from './env.js';
import { errorBody } from './error-body.js';
import { readerOf } from './localise.js';

/** The fields a validation names, as one language-neutral list ("body.amount, to"). */
export function fieldsOf(issues: readonly { path: readonly PropertyKey[] }[]): string {
  return issues.map((i) => i.path.map(String).join('.') || '(body)').join(', ');
}

/**
 * Renders a failed zod validation of params, query or body as a 400 naming every bad field.
 * Passed as the OpenAPIHono default hook so every route behaves the same. The top-level message
 * is the catalogue's (`invalid_input`, with the target and the fields); each issue's message is
 * worded in the reader's language (English: zod's own text), its `code` stays zod's.
 */
export const validationHook: Hook<unknown, ApiEnv, string, unknown> = (result, c) => {
  if (result.success) return;
  const { lang } = readerOf(c);
  const details = result.error.issues.map((i) => {
    const words = issueMessage(i);
    return {
      path: i.path.join('.'),
      message: renderMessage(lang, words.code, words.params),
      code: i.code,
    };
  });
  const fields = fieldsOf(result.error.issues);
  return c.json(
    errorBody('invalid_input', `invalid ${result.target}: ${fields}`, {
      details,
      params: { target: result.target, fields },
    }),
    400,
  );
};
