import { ROLES, type Role } from '../api/roles.js';

export type KeysResult = { ok: true; keys: Map<string, Role> } | { ok: false; message: string };

/** The keys that work on the demo database when no keys are configured. */
export const DEMO_KEYS: ReadonlyMap<string, Role> = new Map<string, Role>([
  ['demo-admin', 'admin'],
  ['demo-collector', 'collector'],
  ['demo-investigator', 'investigator'],
  ['demo-compliance', 'compliance'],
]);

/**
 * Parses `key:role` pairs separated by commas or new lines (`#` starts a comment line).
 * @example parseApiKeys('k1:collector,k2:admin')
 */
export function parseApiKeys(text: string): KeysResult {
  const keys = new Map<string, Role>();
  const entries = text
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter((e) => e !== '' && !e.startsWith('#'));
  for (const [i, entry] of entries.entries()) {
    const at = entry.lastIndexOf(':');
    const key = entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim();
    if (at <= 0 || !ROLES.includes(role as Role)) {
      return {
        ok: false,
        message: `API key entry ${i + 1} must be KEY:ROLE with ROLE one of ${ROLES.join(', ')}`,
      };
    }
    if (key.length < 8)
      return { ok: false, message: `API key entry ${i + 1} is shorter than 8 characters` };
    keys.set(key, role as Role);
  }
  return { ok: true, keys };
}
