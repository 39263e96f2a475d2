/** The schema's issue codes a policy or policy-test problem is named by (`policy_too_small`, `test_invalid_type`). */
export const SCHEMA_ISSUE_CODES = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const;

/** A policy file's or policy test's schema problem: the nested issue in the reader's words. */
export function schemaProblemMessages(): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const code of SCHEMA_ISSUE_CODES) {
    messages[`policy_${code}`] = '{issue}';
    messages[`test_${code}`] = '{issue}';
  }
  return messages;
}
