// The JSON shapes the workbench reads from the /v1 API.

export type Role = 'collector' | 'investigator' | 'compliance' | 'admin';

export interface PersonFlags {
  ceaseContact?: boolean;
  disputed?: boolean;
  deceased?: boolean;
  bankrupt?: boolean;
  employerForbidsContact?: boolean;
  attorney?: { name: string; phone: string };
  optOut?: string[];
}

export interface Person {
  id: string;
  name: string;
  locale?: string;
  timezone?: string;
  flags: PersonFlags;
}

export interface Account {
  id: string;
  debtorId: string;
  product: string;
  currency: string;
  principal: number;
  balance: number;
  dueDate: string;
  jurisdiction: string;
  status: string;
}

export interface PersonDetail {
  person: Person;
  accounts: { role: string; daysPastDue: number; account: Account }[];
}

export interface GraphNode {
  key: string;
  kind: string;
  data: Record<string, unknown>;
}

export interface GraphEdge {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Hub nodes whose relationships the store cut at its fan-out cap. */
  truncated?: string[];
}

export interface Holder {
  kind: 'person' | 'employer';
  id: string;
  name: string;
  isDebtor: boolean;
  source: string;
  lastSeen?: string;
}

export interface SharedIdentifier {
  contact: { kind: 'phone' | 'email' | 'address'; value: string };
  phone?: Record<string, unknown>;
  holders: Holder[];
}

export interface SpanMatch {
  category: string;
  phrase: string;
  start: number;
  end: number;
  text: string;
}

export interface RuleVerdict {
  id: string;
  policy: string;
  reason: string;
  nextAllowedAt?: string;
  matches?: SpanMatch[];
}

export interface Decision {
  outcome: 'allow' | 'deny';
  rules: RuleVerdict[];
  policyVersion: string;
}

export interface Route {
  rank: number;
  contact: { kind: 'phone' | 'email' | 'address'; value: string };
  recipient: { personId: string; relation: string; name?: string };
  score: number;
  paths: unknown[][];
  reasons: string[];
  guard?: {
    outcome: 'allow' | 'deny';
    rules: RuleVerdict[];
    nextAllowedAt?: string;
    policyVersion?: string;
  };
  /** consumer: the debtor or someone treated as the consumer; workplace; third_party: location only. */
  tier?: string;
  flags?: { shared?: number; suspendedUntil?: string; stale?: boolean };
}

export interface RoutesResult {
  debtorId: string;
  at: string;
  routes: Route[];
  /** Contact points left out of the ranking, and why. */
  excluded?: { contact: { kind: string; value: string }; reason: string; until?: string }[];
  notes?: string[];
}

export interface OutreachReceipt {
  attemptId: string;
  decision: Decision;
  dispatch: { status: string; provider: string };
}
