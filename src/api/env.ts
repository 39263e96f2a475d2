import type { Role } from '../domain/access/roles.js';
import type { Log } from '../log/log.js';
import type { Lang } from '../messages/language.js';
import type { ApiDeps } from './deps.js';

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

/** What the reader asked for: their language, their zone, and the instant "now" is measured from. */
export interface Reader {
  lang: Lang;
  /** The collector's IANA zone (`?tz=` or `X-Time-Zone`), UTC when none or an unknown one is given. */
  zone: string;
  now: Date;
}
