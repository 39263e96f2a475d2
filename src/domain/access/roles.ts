/** Who a caller is; an API key maps to exactly one role. */
export type Role = 'collector' | 'investigator' | 'compliance' | 'admin';
export const ROLES: readonly Role[] = ['collector', 'investigator', 'compliance', 'admin'];

/** What a route needs. Each route names one permission. */
export type Permission =
  | 'graph:read'
  | 'links:read'
  | 'routes:read'
  | 'guard:check'
  | 'outreach:send'
  | 'outcome:record'
  | 'ingest:write'
  | 'policies:read'
  | 'policies:write'
  | 'audit:read'
  | 'outbox:read';

const GRANTS: Record<Exclude<Role, 'admin'>, readonly Permission[]> = {
  collector: ['routes:read', 'guard:check', 'outreach:send', 'outcome:record', 'graph:read'],
  investigator: ['graph:read', 'links:read', 'routes:read', 'ingest:write'],
  compliance: ['policies:read', 'policies:write', 'audit:read', 'guard:check', 'outbox:read'],
};

/** True when the role may use a route that needs the permission; admin may use all. */
export function roleAllows(role: Role, permission: Permission): boolean {
  return role === 'admin' || GRANTS[role].includes(permission);
}
