import type { AttemptLog, AuditLog, GraphReads } from '../../store/graph-store.js';
import type { PolicySource } from '../policy/policy-registry.js';

/** What the guard use cases need; the API, the CLI and the Worker each wire their own. */
export interface GuardDeps {
  store: GraphReads & AttemptLog & AuditLog;
  registry: PolicySource;
  /** The server's clock. */
  clock: () => Date;
  newId: () => string;
}
