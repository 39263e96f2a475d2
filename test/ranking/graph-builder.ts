import {
  type Account,
  type Attempt,
  type EdgeProps,
  type GraphEdge,
  type GraphNode,
  type Outcome,
  Person,
  type PersonFlags,
  type RelationKind,
  type Subgraph,
} from '../../src/domain/model/index.js';

/** Evidence for one relationship in a scenario graph. */
export type Evidence = Partial<EdgeProps>;

/** Builds small scenario graphs in code: people, accounts, phones, relations and attempts. */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges: GraphEdge[] = [];
  readonly attempts: Attempt[] = [];
  private attemptSeq = 0;

  person(id: string, flags: Partial<PersonFlags> = {}, name = `Person ${id}`): this {
    this.nodes.set(`person:${id}`, {
      key: `person:${id}`,
      kind: 'person',
      data: Person.parse({ id, name, flags }),
    });
    return this;
  }

  account(id: string, debtorId: string, patch: Partial<Account> = {}): this {
    const data: Account = {
      id,
      debtorId,
      product: 'cash_loan',
      currency: 'CNY',
      principal: 10_000,
      balance: 8_000,
      dueDate: '2026-08-01',
      jurisdiction: 'CN',
      status: 'open',
      ...patch,
    };
    this.nodes.set(`account:${id}`, { key: `account:${id}`, kind: 'account', data });
    this.edge('OWES', `person:${debtorId}`, `account:${id}`, { source: 'contract' });
    return this;
  }

  accountOf(id: string): Account {
    const node = this.nodes.get(`account:${id}`);
    if (node?.kind !== 'account') throw new Error(`no account ${id}`);
    return node.data;
  }

  phone(
    ownerId: string,
    e164: string,
    evidence: Evidence = {},
    phone: {
      type?: string;
      status?: 'active' | 'invalid' | 'suspended' | 'unknown';
      statusAt?: string;
    } = {},
    ownerKind: 'person' | 'employer' = 'person',
  ): this {
    const key = `phone:${e164}`;
    const existing = this.nodes.get(key);
    const base =
      existing?.kind === 'phone'
        ? existing.data
        : { e164, type: 'MOBILE', status: 'unknown' as const };
    this.nodes.set(key, { key, kind: 'phone', data: { ...base, ...phone } });
    this.edge('HAS_PHONE', `${ownerKind}:${ownerId}`, key, { source: 'application', ...evidence });
    return this;
  }

  email(personId: string, address: string, evidence: Evidence = {}): this {
    this.nodes.set(`email:${address}`, {
      key: `email:${address}`,
      kind: 'email',
      data: { address },
    });
    this.edge('HAS_EMAIL', `person:${personId}`, `email:${address}`, {
      source: 'application',
      ...evidence,
    });
    return this;
  }

  address(personId: string, id: string, evidence: Evidence = {}): this {
    this.nodes.set(`address:${id}`, {
      key: `address:${id}`,
      kind: 'address',
      data: { id, line: `${id} Road`, city: 'Shanghai', region: '', country: 'CN' },
    });
    this.edge('LIVED_AT', `person:${personId}`, `address:${id}`, {
      source: 'application',
      ...evidence,
    });
    return this;
  }

  knows(from: string, to: string, kind: RelationKind, evidence: Evidence = {}): this {
    return this.edge('KNOWS', `person:${from}`, `person:${to}`, {
      source: 'application',
      kind,
      ...evidence,
    });
  }

  obligation(personId: string, accountId: string, role: 'guarantor' | 'co_borrower'): this {
    return this.edge(
      role === 'guarantor' ? 'GUARANTEES' : 'CO_BORROWS',
      `person:${personId}`,
      `account:${accountId}`,
      { source: 'contract' },
    );
  }

  employer(id: string, name = `Employer ${id}`): this {
    this.nodes.set(`employer:${id}`, {
      key: `employer:${id}`,
      kind: 'employer',
      data: { id, name },
    });
    return this;
  }

  worksAt(personId: string, employerId: string, evidence: Evidence = {}): this {
    return this.edge('WORKS_AT', `person:${personId}`, `employer:${employerId}`, {
      source: 'application',
      ...evidence,
    });
  }

  edge(type: GraphEdge['type'], from: string, to: string, props: EdgeProps): this {
    this.edges.push({ type, from, to, props });
    return this;
  }

  attempt(accountId: string, e164: string, at: string, outcome: Outcome, personId?: string): this {
    this.attemptSeq += 1;
    this.attempts.push({
      id: `T${this.attemptSeq}`,
      accountId,
      at,
      channel: 'call',
      contact: { kind: 'phone', value: e164 },
      outcome,
      outcomeAt: at,
      ...(personId ? { personId } : {}),
    });
    return this;
  }

  subgraph(): Subgraph {
    return { nodes: [...this.nodes.values()], edges: [...this.edges] };
  }
}
