import { canonicalEmail, EMAIL_PROBLEM_WORDS } from '../domain/model/index.js';
import { ApiError } from './api-error.js';

/** An email address from a URL or body in its canonical form, or a 400 `email_invalid` naming the field and why. */
export function emailParam(raw: string, path = 'value'): string {
  const email = canonicalEmail(raw);
  if (!email.ok)
    throw new ApiError(
      400,
      'email_invalid',
      `${path}: not an email address (${EMAIL_PROBLEM_WORDS[email.reason]})`,
      { params: { path, reason: email.reason } },
    );
  return email.address;
}
