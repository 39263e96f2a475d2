import type { Role } from '../domain/access/roles.js';
import type { Log } from '../log/log.js';
import type { ApiDeps } from './deps.js';
import type { Reader } from './localise.js';

/** Hono context variables set by the middleware chain. */
export interface ApiEnv {
  Variables: {
    requestId: string;
    log: Log;
    deps: ApiDeps;
    role: Role;
    /** A non-secret label of the caller's key, for logs and audit. */
    keyLabel: string;
    /** Who reads the answer, once the localise middleware has run (every `/v1` request). */
    reader: Reader;
  };
}
