// The workbench's API types are the server's own: nothing here restates a shape.

export type { PersonDetail } from '../../src/api/routes/graph.js';
export type { OutreachAccepted } from '../../src/api/routes/outreach.js';
export type {
  AccountJson as Account,
  PersonHitJson as PersonHit,
  PersonJson as Person,
  SubgraphJson as Subgraph,
} from '../../src/api/schemas.js';
export type { PolicySnapshot, PolicySummary } from '../../src/app/policy/policy-registry.js';
export type { ChangedDecision, SimulationResult } from '../../src/app/policy/simulate-policy.js';
export type { PromiseLedgerView } from '../../src/app/promises/promise-ledger-of.js';
export type { RoutesResult, RouteView as Route } from '../../src/app/routes/get-routes.js';
export type {
  WorklistApart,
  WorklistItem,
  WorklistPage,
} from '../../src/app/worklist/get-worklist.js';
export type { Role } from '../../src/domain/access/roles.js';
export type { Decision, RuleVerdict } from '../../src/domain/guard/decision.js';
export type {
  AccountRole,
  AuditedVerdict,
  AuditRecord,
  PersonFlags,
} from '../../src/domain/model/index.js';
export type { PolicyProblem } from '../../src/domain/policy/policy-problem.js';
export type { SharedIdentifier } from '../../src/store/roles/graph-reads.js';

import type { SubgraphJson } from '../../src/api/schemas.js';
import type { RuleVerdict } from '../../src/domain/guard/decision.js';
/** A banned-language match inside a verdict. */
export type SpanMatch = NonNullable<RuleVerdict['matches']>[number];
/** A node and an edge of a subgraph as the API sends them. */
export type GraphNode = SubgraphJson['nodes'][number];
export type GraphEdge = SubgraphJson['edges'][number];
