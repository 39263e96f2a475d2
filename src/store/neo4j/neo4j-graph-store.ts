import type {
  Account,
  Address,
  Attempt,
  AuditFilter,
  AuditRecord,
  ContactPoint,
  DispatchRecord,
  DispatchStatus,
  EdgeType,
  EmailLink,
  Employer,
  Employment,
  GraphEdge,
  GraphNode,
  Obligation,
  Outcome,
  OutreachReceipt,
  Person,
  PersonFlags,
  Phone,
  PhoneLink,
  PhoneStatus,
  Relation,
  Residence,
  Subgraph,
} from '../../domain/model/index.js';
import type {
  AttemptFilter,
  GraphCounts,
  GraphStore,
  Holder,
  SharedIdentifier,
} from '../graph-store.js';
import {
  byHolderOrder,
  clampLimit,
  contactValue,
  DEFAULT_AUDIT_LIMIT,
  DEFAULT_FIND_LIMIT,
  EDGE_TYPES,
  epochMs,
  evidenceParams,
  type FanOutOptions,
  MAX_LIST_LIMIT,
  neighbourhoodCaps,
  ROLE_OF_EDGE,
} from '../port-rules.js';
import { StoreUnavailableError } from '../store-errors.js';
import { cypher } from './cypher.js';
import type { QueryName, QueryParams } from './cypher-queries.js';
import type { CypherRecord, CypherRunner, CypherTx } from './cypher-runner.js';
import {
  accountFromProps,
  attemptFromProps,
  dispatchFromProps,
  edgePropsFromProps,
  graphNodeFromProps,
  type Props,
  personFlagsPatch,
  personFromProps,
  personRow,
  phoneFromProps,
  receiptFromProps,
} from './neo4j-rows.js';

/** Options of the Neo4j store: the neighbourhood hub caps, and the import batch size. */
export interface Neo4jGraphStoreOptions extends FanOutOptions {
  /** Rows per UNWIND statement (one round trip each; default 1000). */
  batchSize?: number;
}

/** Rows per UNWIND statement: large enough that an import is a few round trips, small enough for one request body. */
export const DEFAULT_BATCH_SIZE = 1000;
/** Bounds standing in for an open window end: every stored epoch-millisecond time lies between them. */
const EARLIEST_MS = Number.MIN_SAFE_INTEGER;
const LATEST_MS = Number.MAX_SAFE_INTEGER;
/** LIMIT when the caller wants every match. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

const HOLDERS_QUERY: Record<
  ContactPoint['kind'],
  'phone-holders' | 'email-holders' | 'address-holders'
> = {
  phone: 'phone-holders',
  email: 'email-holders',
  address: 'address-holders',
};

/** Splits rows into consecutive batches of at most `size`. */
export function batchesOf<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A map value of a record, or an empty map. */
function propsOf(record: CypherRecord | undefined, column: string): Props | undefined {
  const value = record?.[column];
  return value !== null && typeof value === 'object' ? (value as Props) : undefined;
}

/** One relationship of a neighbourhood hop, as neighbourhood-hop.cypher returns it. */
interface HopEdge {
  type: string;
  props: Props;
  node: { ref: string; labels: string[]; props: Props };
}

/** The edge identity the port promises: one edge per (type, from, to, source). */
function edgeId(edge: GraphEdge): string {
  return `${edge.type}\u0000${edge.from}\u0000${edge.to}\u0000${edge.props.source}`;
}

/**
 * The GraphStore on Neo4j, over a CypherRunner (Bolt on Node, the Query API on Workers). Every
 * statement is a file of `cypher/`, run with parameters only. Imports are UNWIND batches: one
 * round trip per `batchSize` rows, all batches of one call in one write transaction.
 * Relationships may name nodes not stored yet: the far end is created with its key only and
 * counts as not stored (readers skip it) until its own upsert arrives.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly name = 'neo4j';
  /** Serialises `transaction()` within this process, as the port promises; lockAccount covers other processes. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly runner: CypherRunner,
    private readonly options: Neo4jGraphStoreOptions = {},
    /** Set on the store handed to a transaction's function: everything runs in that transaction. */
    private readonly tx?: CypherTx,
  ) {}

  private read<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.tx !== undefined ? work(this.tx) : this.runner.executeRead(work);
  }

  private write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.tx !== undefined ? work(this.tx) : this.runner.executeWrite(work);
  }

  /** Runs the named Cypher file with exactly its declared parameters. */
  private run<N extends QueryName>(
    tx: CypherTx,
    name: N,
    params: QueryParams<N>,
  ): Promise<CypherRecord[]> {
    return tx.run(cypher(name), params);
  }

  /** Runs an UNWIND upsert in batches, one round trip per batch, in one write transaction. */
  private async upsertBatches<R>(
    name: QueryName & `${'upsert' | 'record'}-${string}`,
    rows: readonly R[],
  ): Promise<void> {
    if (rows.length === 0) return;
    const size = Math.max(1, this.options.batchSize ?? DEFAULT_BATCH_SIZE);
    await this.write(async (tx) => {
      for (const batch of batchesOf(rows, size)) await tx.run(cypher(name), { rows: batch });
    });
  }

  async upsertPersons(rows: Person[]): Promise<void> {
    await this.upsertBatches('upsert-persons', rows.map(personRow));
  }

  async upsertAccounts(rows: Account[]): Promise<void> {
    await this.upsertBatches(
      'upsert-accounts',
      rows.map((a) => ({
        id: a.id,
        debtorId: a.debtorId,
        product: a.product,
        currency: a.currency,
        principal: a.principal,
        balance: a.balance,
        dueDate: a.dueDate,
        jurisdiction: a.jurisdiction,
        status: a.status ?? 'open',
      })),
    );
  }

  async upsertEmployers(rows: Employer[]): Promise<void> {
    await this.upsertBatches(
      'upsert-employers',
      rows.map((e) => ({ id: e.id, name: e.name })),
    );
  }

  async upsertAddresses(rows: Address[]): Promise<void> {
    await this.upsertBatches(
      'upsert-addresses',
      rows.map((a) => ({
        id: a.id,
        line: a.line,
        city: a.city,
        region: a.region ?? '',
        country: a.country,
        postcode: a.postcode ?? null,
        timezone: a.timezone ?? null,
      })),
    );
  }

  async upsertPhoneLinks(rows: PhoneLink[]): Promise<void> {
    const row = (link: PhoneLink) => ({
      ownerId: link.owner.id,
      e164: link.phone.e164,
      type: link.phone.type ?? 'UNKNOWN',
      country: link.phone.country ?? null,
      status: link.phone.status ?? 'unknown',
      statusAt: link.phone.statusAt ?? null,
      ...evidenceParams(link),
    });
    if (rows.length === 0) return;
    // The owner's label cannot be a parameter: one file per owner kind, both in one transaction.
    await this.transactionally(async (store) => {
      await store.upsertBatches(
        'upsert-person-phone-links',
        rows.filter((l) => l.owner.kind === 'person').map(row),
      );
      await store.upsertBatches(
        'upsert-employer-phone-links',
        rows.filter((l) => l.owner.kind === 'employer').map(row),
      );
    });
  }

  async upsertEmailLinks(rows: EmailLink[]): Promise<void> {
    await this.upsertBatches(
      'upsert-email-links',
      rows.map((l) => ({
        personId: l.personId,
        address: l.address.toLowerCase(),
        ...evidenceParams(l),
      })),
    );
  }

  async upsertResidences(rows: Residence[]): Promise<void> {
    await this.upsertBatches(
      'upsert-residences',
      rows.map((r) => ({
        personId: r.personId,
        addressId: r.addressId,
        ...evidenceParams(r),
        validFrom: r.from ?? null,
        validTo: r.to ?? null,
      })),
    );
  }

  async upsertEmployments(rows: Employment[]): Promise<void> {
    await this.upsertBatches(
      'upsert-employments',
      rows.map((r) => ({
        personId: r.personId,
        employerId: r.employerId,
        ...evidenceParams(r),
        validFrom: r.from ?? null,
        validTo: r.to ?? null,
      })),
    );
  }

  async upsertRelations(rows: Relation[]): Promise<void> {
    await this.upsertBatches(
      'upsert-relations',
      rows.map((r) => ({
        from: r.from,
        to: r.to,
        kind: r.kind,
        ...evidenceParams(r),
      })),
    );
  }

  async upsertObligations(rows: Obligation[]): Promise<void> {
    if (rows.length === 0) return;
    const row = (o: Obligation) => ({
      personId: o.personId,
      accountId: o.accountId,
      source: o.source ?? 'contract',
    });
    // The relationship type cannot be a parameter: one file per role, both in one transaction.
    await this.transactionally(async (store) => {
      await store.upsertBatches(
        'upsert-guarantees',
        rows.filter((o) => o.role === 'guarantor').map(row),
      );
      await store.upsertBatches(
        'upsert-co-borrows',
        rows.filter((o) => o.role === 'co_borrower').map(row),
      );
    });
  }

  async recordAttempts(rows: Attempt[]): Promise<void> {
    await this.upsertBatches(
      'record-attempts',
      rows.map((a) => ({
        id: a.id,
        accountId: a.accountId,
        at: a.at,
        atMs: epochMs(a.at, 'attempt time'),
        channel: a.channel,
        contactKind: a.contact.kind,
        contactValue: contactValue(a.contact),
        personId: a.personId ?? null,
        outcome: a.outcome ?? null,
        outcomeAt: a.outcomeAt ?? null,
        note: a.note ?? null,
        decisionId: a.decisionId ?? null,
        messageDigest: a.messageDigest ?? null,
      })),
    );
  }

  async getPerson(id: string): Promise<Person | undefined> {
    const rows = await this.read((tx) => this.run(tx, 'get-person', { id }));
    const props = propsOf(rows[0], 'person');
    return props && personFromProps(props);
  }

  async getAccount(id: string): Promise<Account | undefined> {
    const rows = await this.read((tx) => this.run(tx, 'get-account', { id }));
    const props = propsOf(rows[0], 'account');
    return props && accountFromProps(props);
  }

  async getPhone(e164: string): Promise<Phone | undefined> {
    const rows = await this.read((tx) => this.run(tx, 'get-phone', { e164 }));
    const props = propsOf(rows[0], 'phone');
    return props && phoneFromProps(props);
  }

  async getAttempt(id: string): Promise<Attempt | undefined> {
    const rows = await this.read((tx) => this.run(tx, 'get-attempt', { id }));
    const props = propsOf(rows[0], 'attempt');
    return props && attemptFromProps(props);
  }

  async accountsOf(
    personId: string,
  ): Promise<{ account: Account; role: 'debtor' | 'guarantor' | 'co_borrower' }[]> {
    const rows = await this.read((tx) => this.run(tx, 'accounts-of', { personId }));
    const result: { account: Account; role: 'debtor' | 'guarantor' | 'co_borrower' }[] = [];
    for (const row of rows) {
      const props = propsOf(row, 'account');
      const account = props && accountFromProps(props);
      const role = ROLE_OF_EDGE[String(row.relation)];
      if (account !== undefined && role !== undefined) result.push({ account, role });
    }
    return result;
  }

  async findPersons(query: { text?: string; phone?: string; limit?: number }): Promise<Person[]> {
    const limit = clampLimit(query.limit, DEFAULT_FIND_LIMIT);
    const text = query.text?.trim() ?? '';
    const phone = query.phone ?? '';
    const found = new Map<string, Person>();
    await this.read(async (tx) => {
      const rows: CypherRecord[] = [];
      if (text !== '') rows.push(...(await this.run(tx, 'find-persons-by-text', { text, limit })));
      if (phone !== '')
        rows.push(...(await this.run(tx, 'find-persons-by-phone', { e164: phone, limit })));
      for (const row of rows) {
        const props = propsOf(row, 'person');
        const person = props && personFromProps(props);
        if (person !== undefined && !found.has(person.id)) found.set(person.id, person);
      }
    });
    return [...found.values()]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  }

  /**
   * Breadth-first from the person, both directions, up to `depth` hops: one statement per hop for
   * the whole frontier, all in one read transaction. Each node gives at most `fanOutCap`
   * relationships per direction (the start person `rootFanOutCap`), most recently seen first;
   * nodes that had more are listed in `truncated`.
   */
  async neighbourhood(personId: string, depth: number): Promise<Subgraph> {
    const { fanOutCap, rootCap } = neighbourhoodCaps(depth, this.options);
    return this.read(async (tx) => {
      const [root] = await this.run(tx, 'neighbourhood-root', { personId });
      const rootNode =
        root && graphNodeFromProps((root.labels as string[]) ?? [], propsOf(root, 'props') ?? {});
      if (root === undefined || rootNode === undefined) return { nodes: [], edges: [] };

      const nodes = new Map<string, GraphNode>([[rootNode.key, rootNode]]);
      const keyOfRef = new Map<string, string>([[String(root.ref), rootNode.key]]);
      const edges = new Map<string, GraphEdge>();
      const truncated = new Set<string>();
      let frontier = [String(root.ref)];
      for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
        const cap = hop === 0 ? rootCap : fanOutCap;
        const rows = await this.run(tx, 'neighbourhood-hop', { frontier, limit: cap + 1 });
        const next: string[] = [];
        for (const row of rows) {
          const hereKey = keyOfRef.get(String(row.ref));
          if (hereKey === undefined) continue;
          for (const direction of ['outgoing', 'incoming'] as const) {
            const list = (row[direction] as HopEdge[] | null) ?? [];
            if (list.length > cap) truncated.add(hereKey);
            for (const item of list.slice(0, cap)) {
              let thereKey = keyOfRef.get(item.node.ref);
              if (thereKey === undefined) {
                const node = graphNodeFromProps(item.node.labels, item.node.props);
                if (node === undefined) continue; // the far end is not stored yet
                thereKey = node.key;
                keyOfRef.set(item.node.ref, thereKey);
                if (!nodes.has(thereKey)) {
                  nodes.set(thereKey, node);
                  next.push(item.node.ref);
                }
              }
              const edge: GraphEdge = {
                type: item.type as EdgeType,
                from: direction === 'outgoing' ? hereKey : thereKey,
                to: direction === 'outgoing' ? thereKey : hereKey,
                props: edgePropsFromProps(item.props),
              };
              edges.set(edgeId(edge), edge);
            }
          }
        }
        frontier = next;
      }
      const subgraph: Subgraph = { nodes: [...nodes.values()], edges: [...edges.values()] };
      if (truncated.size > 0) subgraph.truncated = [...truncated];
      return subgraph;
    });
  }

  async sharedIdentifiers(contact: ContactPoint): Promise<SharedIdentifier> {
    const value = contactValue(contact);
    return this.read(async (tx) => {
      const rows = await this.run(tx, HOLDERS_QUERY[contact.kind], { value });
      // One holder per node: the most recently seen evidence speaks for it.
      const best = new Map<string, Holder>();
      for (const row of rows) {
        const holder: Holder = {
          kind: row.kind === 'employer' ? 'employer' : 'person',
          id: String(row.id),
          name: String(row.name),
          isDebtor: row.isDebtor === true,
          source: String(row.source),
        };
        if (typeof row.lastSeen === 'string') holder.lastSeen = row.lastSeen;
        const key = `${holder.kind}:${holder.id}`;
        const previous = best.get(key);
        if (
          previous === undefined ||
          (holder.lastSeen !== undefined &&
            (previous.lastSeen === undefined || holder.lastSeen > previous.lastSeen))
        ) {
          best.set(key, holder);
        }
      }
      const holders = [...best.values()].sort(byHolderOrder);
      const result: SharedIdentifier = { contact: { kind: contact.kind, value }, holders };
      if (contact.kind === 'phone') {
        const props = propsOf(
          (await this.run(tx, 'get-phone', { e164: contact.value }))[0],
          'phone',
        );
        const phone = props && phoneFromProps(props);
        if (phone !== undefined) result.phone = phone;
      }
      return result;
    });
  }

  /** For each contact point, the sorted ids of the persons holding it who owe, guarantee or co-borrow; one statement for all. */
  async debtorsHolding(
    contacts: ContactPoint[],
  ): Promise<{ contact: ContactPoint; debtorIds: string[] }[]> {
    if (contacts.length === 0) return [];
    const points = contacts.map((c) => ({ kind: c.kind, value: contactValue(c) }));
    const rows = await this.read((tx) => this.run(tx, 'debtors-holding', { contacts: points }));
    const byPoint = new Map<string, string[]>();
    for (const row of rows)
      byPoint.set(
        `${String(row.kind)}:${String(row.value)}`,
        ((row.debtorIds as string[] | null) ?? []).map(String),
      );
    return contacts.map((contact, i) => {
      const point = points[i] ?? contact;
      return {
        contact,
        debtorIds: [...(byPoint.get(`${point.kind}:${point.value}`) ?? [])].sort(),
      };
    });
  }

  /** Attempts matching the filter in time order; the most selective index answers (account, person, contact point, time). */
  async listAttempts(filter: AttemptFilter): Promise<Attempt[]> {
    const params = {
      accountId: filter.accountId ?? null,
      personId: filter.personId ?? null,
      contactKind: filter.contact?.kind ?? null,
      contactValue: filter.contact === undefined ? null : contactValue(filter.contact),
      fromMs: filter.from === undefined ? EARLIEST_MS : epochMs(filter.from, 'window start'),
      toMs: filter.to === undefined ? LATEST_MS : epochMs(filter.to, 'window end'),
      limit: filter.limit === undefined ? NO_LIMIT : clampLimit(filter.limit, MAX_LIST_LIMIT),
    };
    const rows = await this.read((tx) => {
      if (filter.accountId !== undefined) return this.run(tx, 'attempts-by-account', params);
      if (filter.personId !== undefined) return this.run(tx, 'attempts-by-person', params);
      if (filter.contact !== undefined) return this.run(tx, 'attempts-by-contact', params);
      return this.run(tx, 'attempts-in-window', {
        fromMs: params.fromMs,
        toMs: params.toMs,
        limit: params.limit,
      });
    });
    return rows.map((row) => attemptFromProps(propsOf(row, 'attempt') ?? {}));
  }

  /** Sets the outcome and, when given, the collector's note (a missing note keeps the stored one). */
  async setAttemptOutcome(
    id: string,
    outcome: Outcome,
    at: string,
    note?: string,
  ): Promise<Attempt | undefined> {
    const rows = await this.write((tx) =>
      this.run(tx, 'set-attempt-outcome', { id, outcome, at, note: note ?? null }),
    );
    const props = propsOf(rows[0], 'attempt');
    return props && attemptFromProps(props);
  }

  /** Sets a phone's status; a number not yet stored is created (line type unknown), so the status is never lost. */
  async setPhoneStatus(e164: string, status: PhoneStatus, at: string): Promise<void> {
    await this.write((tx) => this.run(tx, 'set-phone-status', { e164, status, at }));
  }

  /** Applies the patch to the person's flags (here a flag can be lifted); an unknown person is left alone. */
  async setPersonFlags(id: string, patch: Partial<PersonFlags>): Promise<void> {
    const props = personFlagsPatch(patch);
    if (Object.keys(props).length === 0) return;
    await this.write((tx) => this.run(tx, 'set-person-flags', { id, patch: props }));
  }

  /**
   * Writes a property of the account node, which takes its write lock until the transaction
   * ends: a rival transaction locking the same account waits, then sees everything this one
   * committed. Meaningful inside `transaction()`; an unknown account locks nothing.
   */
  async lockAccount(accountId: string): Promise<void> {
    await this.write((tx) => this.run(tx, 'lock-account', { id: accountId }));
  }

  async appendAudit(record: AuditRecord): Promise<void> {
    await this.write((tx) =>
      this.run(tx, 'append-audit', {
        id: record.id,
        at: record.at,
        atMs: epochMs(record.at, 'audit time'),
        kind: record.kind,
        accountId: record.accountId,
        debtorId: record.debtorId ?? null,
        outcome: record.outcome,
        record: JSON.stringify(record),
      }),
    );
  }

  /** Audit entries matching the filter, newest first; at most `limit` (default 100). */
  async listAudit(filter: AuditFilter): Promise<AuditRecord[]> {
    const rows = await this.read((tx) =>
      this.run(tx, 'list-audit', {
        accountId: filter.accountId ?? null,
        debtorId: filter.debtorId ?? null,
        outcome: filter.outcome ?? null,
        fromMs: filter.from === undefined ? EARLIEST_MS : epochMs(filter.from, 'window start'),
        toMs: filter.to === undefined ? LATEST_MS : epochMs(filter.to, 'window end'),
        limit: clampLimit(filter.limit, DEFAULT_AUDIT_LIMIT),
      }),
    );
    return rows.map((row) => JSON.parse(String(row.record)) as AuditRecord);
  }

  async getReceipt(idempotencyKey: string): Promise<OutreachReceipt | undefined> {
    const rows = await this.read((tx) => this.run(tx, 'get-receipt', { idempotencyKey }));
    const props = propsOf(rows[0], 'receipt');
    return props && receiptFromProps(props);
  }

  async putReceipt(receipt: OutreachReceipt): Promise<boolean> {
    const rows = await this.write((tx) =>
      this.run(tx, 'put-receipt', {
        idempotencyKey: receipt.idempotencyKey,
        requestDigest: receipt.requestDigest,
        status: receipt.status,
        body: JSON.stringify(receipt.body ?? null),
        createdAt: receipt.createdAt,
      }),
    );
    return rows[0]?.created === true;
  }

  /** Queues a dispatch; an id already queued is a StoreConflictError (the uniqueness constraint). */
  async enqueueDispatch(r: DispatchRecord): Promise<void> {
    const dispatch = {
      id: r.id,
      attemptId: r.attemptId,
      channel: r.channel,
      toKind: r.to.kind,
      toValue: r.to.value,
      message: r.message ?? null,
      provider: r.provider,
      status: r.status,
      tries: r.tries,
      lastError: r.lastError ?? null,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
    await this.write((tx) => this.run(tx, 'enqueue-dispatch', { dispatch }));
  }

  async updateDispatch(
    id: string,
    patch: { status: DispatchStatus; tries?: number; lastError?: string; updatedAt: string },
  ): Promise<void> {
    await this.write((tx) =>
      this.run(tx, 'update-dispatch', {
        id,
        status: patch.status,
        tries: patch.tries ?? null,
        lastError: patch.lastError ?? null,
        updatedAt: patch.updatedAt,
      }),
    );
  }

  /** Outbox records in the order they were queued; every match unless `limit` is given. */
  async listOutbox(filter: { status?: DispatchStatus; limit?: number }): Promise<DispatchRecord[]> {
    const rows = await this.read((tx) =>
      this.run(tx, 'list-outbox', {
        status: filter.status ?? null,
        limit: filter.limit === undefined ? NO_LIMIT : clampLimit(filter.limit, MAX_LIST_LIMIT),
      }),
    );
    return rows.map((row) => dispatchFromProps(propsOf(row, 'dispatch') ?? {}));
  }

  async counts(): Promise<GraphCounts> {
    return this.read(async (tx) => {
      const [nodeRow] = await this.run(tx, 'count-nodes', {});
      const nodes: Record<string, number> = {};
      for (const [kind, n] of Object.entries(nodeRow ?? {})) nodes[kind] = Number(n);
      const edges: Record<string, number> = Object.fromEntries(EDGE_TYPES.map((t) => [t, 0]));
      for (const row of await this.run(tx, 'count-edges', {}))
        edges[String(row.type)] = Number(row.n);
      return { nodes, edges };
    });
  }

  async ping(): Promise<void> {
    try {
      await this.read((tx) => this.run(tx, 'ping', {}));
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      throw new StoreUnavailableError('neo4j did not answer the ping', { cause: error });
    }
  }

  /**
   * Runs `fn` in one write transaction of the runner (retried whole on a transient failure, so
   * `fn` must only act through `tx`). Transactions of this store are serialised in-process;
   * across processes and cluster members, `tx.lockAccount` serialises the ones that matter.
   */
  async transaction<T>(fn: (tx: GraphStore) => Promise<T>): Promise<T> {
    if (this.tx !== undefined) return fn(this);
    const run = this.chain.then(() =>
      this.runner.executeWrite((tx) => fn(new Neo4jGraphStore(this.runner, this.options, tx))),
    );
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Runs `fn` with a store bound to one write transaction (this one's, when already inside one). */
  private transactionally<T>(fn: (store: Neo4jGraphStore) => Promise<T>): Promise<T> {
    if (this.tx !== undefined) return fn(this);
    return this.runner.executeWrite((tx) => fn(new Neo4jGraphStore(this.runner, this.options, tx)));
  }

  /** Closes the runner (the driver's connection pool); a store bound to a transaction closes nothing. */
  async close(): Promise<void> {
    if (this.tx === undefined) await this.runner.close();
  }
}
