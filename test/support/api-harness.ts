import { randomUUID } from 'node:crypto';
import { type AppOptions, createApp } from '../../src/api/app.js';
import { type ApiDeps, type ApiLimits, DEFAULT_LIMITS } from '../../src/api/deps.js';
import type { Role } from '../../src/domain/access/roles.js';
import { type Log, silentLog } from '../../src/log/log.js';
import type { GraphStore } from '../../src/store/graph-store.js';

/** One test key per role. */
export const KEYS: Record<Role, string> = {
  collector: 'test-key-collector',
  investigator: 'test-key-investigator',
  compliance: 'test-key-compliance',
  admin: 'test-key-admin',
};

export interface ApiHarness {
  app: ReturnType<typeof createApp>;
  deps: ApiDeps;
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
}

/** The real HTTP app over a given store, with a pinned clock and one key per role. */
export function apiHarness(
  store: GraphStore,
  options: {
    now?: Date;
    limits?: Partial<ApiLimits>;
    log?: Log;
    app?: AppOptions;
    defaultRegion?: string;
  } = {},
): ApiHarness {
  const now = options.now ?? new Date('2026-11-20T02:00:00Z');
  const deps: ApiDeps = {
    store,
    log: options.log ?? silentLog,
    clock: () => now,
    newId: () => randomUUID(),
    keys: new Map((Object.entries(KEYS) as [Role, string][]).map(([role, key]) => [key, role])),
    limits: { ...DEFAULT_LIMITS, ratePerMinute: 100_000, ...options.limits },
    ...(options.defaultRegion ? { defaultRegion: options.defaultRegion } : {}),
  };
  const app = createApp(deps, options.app);
  return { app, deps, call: (method, path, o) => callApp(app, method, path, o) };
}

/** What a test request carries: the role whose key it presents (default admin, null for none), a JSON body or raw text, extra headers. */
export interface CallOptions {
  role?: Role | null;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

/** One request to the app with the test key of a role; a JSON body is sent as application/json unless a header says otherwise. */
export async function callApp(
  app: ReturnType<typeof createApp>,
  method: string,
  path: string,
  o: CallOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...o.headers };
  const role = o.role === undefined ? 'admin' : o.role;
  if (role) headers.authorization = `Bearer ${KEYS[role]}`;
  let body: string | undefined;
  if (o.raw !== undefined) body = o.raw;
  else if (o.body !== undefined) {
    body = JSON.stringify(o.body);
    headers['content-type'] ??= 'application/json';
  }
  return app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
}
