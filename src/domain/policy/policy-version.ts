import { createHash } from 'node:crypto';

/** A policy file's version: the first 12 hex digits of the SHA-256 of its exact text. */
export function policyVersionOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

/** The version a decision names: every applicable policy as `id@version`, sorted, joined by `+`. */
export function combinedVersion(policies: readonly { id: string; version: string }[]): string {
  if (policies.length === 0) return 'none';
  return policies
    .map((p) => `${p.id}@${p.version}`)
    .sort()
    .join('+');
}
