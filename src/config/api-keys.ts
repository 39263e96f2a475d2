import { ROLES, type Role } from '../domain/access/roles.js';
import { type ConfigProblem, configProblem } from './config-problem.js';

export type KeysResult =
  | { ok: true; keys: Map<string, Role> }
  | { ok: false; problem: ConfigProblem };

/** The shortest plain key accepted. */
const MIN_KEY_LENGTH = 8;

/** The keys that work on the demo database when no keys are configured. */
export const DEMO_KEYS: ReadonlyMap<string, Role> = new Map<string, Role>([
  ['demo-admin', 'admin'],
  ['demo-collector', 'collector'],
  ['demo-investigator', 'investigator'],
  ['demo-compliance', 'compliance'],
]);

/** Prefix of a key stored as its SHA-256 digest (`sha256:<64 hex>:role`): the plain key never needs to be on the server. */
export const HASHED_KEY_PREFIX = 'sha256:';

/**
 * Parses `key:role` pairs separated by commas or new lines (`#` starts a comment line); a key may be
 * given as `sha256:<hex digest of the key>`. A bad entry is named by its number in `variable`
 * (the variable or file it came from), never by its text, which may be a key.
 * @example parseApiKeys('k1-plain-key:collector,sha256:9f86d0…:admin')
 */
export function parseApiKeys(text: string, variable = 'SKIPGRAPH_API_KEYS'): KeysResult {
  const fail = (
    code: string,
    entry: number,
    english: string,
    params: Record<string, string | number> = {},
  ): KeysResult => ({
    ok: false,
    problem: configProblem(
      code,
      { variable, entry, ...params },
      `${variable}: API key entry ${entry} ${english}`,
    ),
  });
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
      return fail(
        'config_api_key_entry',
        i + 1,
        `must be KEY:ROLE with ROLE one of ${ROLES.join(', ')}`,
        { roles: ROLES.join(', ') },
      );
    }
    if (key.startsWith(HASHED_KEY_PREFIX)) {
      const digest = key.slice(HASHED_KEY_PREFIX.length).toLowerCase();
      if (!/^[0-9a-f]{64}$/.test(digest))
        return fail(
          'config_api_key_digest',
          i + 1,
          'is a sha256: key, which must be 64 hexadecimal digits (sha256sum of the key)',
        );
      keys.set(`${HASHED_KEY_PREFIX}${digest}`, role as Role);
      continue;
    }
    if (key.length < MIN_KEY_LENGTH)
      return fail('config_api_key_short', i + 1, `is shorter than ${MIN_KEY_LENGTH} characters`, {
        min: MIN_KEY_LENGTH,
      });
    keys.set(key, role as Role);
  }
  return { ok: true, keys };
}

/** True when one of the keys is a published demo key (those are refused off loopback). */
export function hasDemoKey(keys: ReadonlyMap<string, Role>): boolean {
  for (const key of keys.keys()) if (DEMO_KEYS.has(key)) return true;
  return false;
}
