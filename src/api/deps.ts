import type { Role } from '../domain/access/roles.js';
import type { Log } from '../log/log.js';
import type { GraphStore } from '../store/graph-store.js';
import type { WindowCounts } from './window-counts.js';

/** Limits the edge enforces before any use case runs. */
export interface ApiLimits {
  /** Largest accepted request body in bytes (ingest has its own, larger limit). */
  bodyBytes: number;
  /** Largest accepted ingest body in bytes. */
  ingestBytes: number;
  /** Requests per minute per API key. */
  ratePerMinute: number;
  /** Failed authentications per minute per client address before it is refused with 429. */
  authFailuresPerMinute: number;
}

/** Everything the HTTP edge needs, injected so Node, Workers and tests wire their own. */
export interface ApiDeps {
  store: GraphStore;
  log: Log;
  /** The server's clock; tests pin it. */
  clock: () => Date;
  newId: () => string;
  /** API key → role. */
  keys: ReadonlyMap<string, Role>;
  limits: ApiLimits;
  /** Default region for national phone numbers in requests (e.g. CN). */
  defaultRegion?: string;
  /**
   * Where the request and failed-auth windows are counted (default: this process's memory);
   * `serve --workers N` passes the primary process's, so the limits hold across the workers.
   */
  windowCounts?: WindowCounts;
}

export const DEFAULT_LIMITS: ApiLimits = {
  bodyBytes: 1024 * 1024,
  ingestBytes: 64 * 1024 * 1024,
  ratePerMinute: 600,
  authFailuresPerMinute: 30,
};
