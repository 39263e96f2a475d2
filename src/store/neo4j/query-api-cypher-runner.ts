import { StoreUnavailableError } from '../store-errors.js';
import type { CypherParams, CypherRecord, CypherRunner, CypherTx } from './cypher-runner.js';
import { isTransientNeo4jCode, toStoreError } from './neo4j-errors.js';

/** How to reach the Neo4j Query API (HTTP). */
export interface QueryApiConnection {
  /**
   * Server root, e.g. `http://localhost:7474` or `https://xxxx.databases.neo4j.io`, to which
   * `/db/{database}/query/v2` is added; or that full endpoint itself, used as given.
   */
  url: string;
  user: string;
  password: string;
  database: string;
  /** The fetch to use (default: the global one; Workers and Node 20 both have it). */
  fetch?: typeof fetch;
  /**
   * Time allowed for one HTTP request (default 40 s). Longer than the transaction timeout, so
   * that a statement stuck behind a lock is ended by the server (which frees what it holds)
   * before the client gives up on it.
   */
  requestTimeoutMs?: number;
  /** The server ends a transaction that runs longer than this (default 30 s; whole seconds). */
  transactionTimeoutMs?: number;
  /** Extra attempts of a whole transaction after a transient failure (default 3). */
  maxRetries?: number;
  /** Waits between attempts (default: setTimeout backoff of 100, 200, 400 ms…). */
  sleep?: (ms: number) => Promise<void>;
}

/** A failure the Query API answered with a Neo4j status code (syntax, semantics, constraint…). */
export class Neo4jQueryError extends Error {
  override readonly name = 'Neo4jQueryError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The parts of a Query API answer the runner reads. */
interface QueryApiBody {
  data?: { fields?: string[]; values?: unknown[] };
  transaction?: { id?: string };
  bookmarks?: string[];
  errors?: { code?: string; message?: string }[];
}

/** Header Aura and clustered servers send on opening a transaction; it must be sent back on every later request. */
const AFFINITY_HEADER = 'neo4j-cluster-affinity';

/** Basic credentials as the header wants them; UTF-8 so that non-ASCII passwords survive btoa. */
function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

/** Rows of a Query API answer as records keyed by field name. */
function recordsOf(body: QueryApiBody): CypherRecord[] {
  const fields = body.data?.fields ?? [];
  const values = body.data?.values ?? [];
  return values.map((value) => {
    const row = Array.isArray(value) ? value : [value];
    const record: CypherRecord = {};
    fields.forEach((field, i) => {
      record[field] = row[i] ?? null;
    });
    return record;
  });
}

/** Failures after which the whole transaction may be tried again: nothing of it was committed. */
const RETRYABLE = new WeakSet<object>();

/** A StoreUnavailableError the runner may retry the transaction after. */
function transient(message: string, cause: unknown): StoreUnavailableError {
  const error = new StoreUnavailableError(message, { cause });
  RETRYABLE.add(error);
  return error;
}

const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/**
 * CypherRunner over the Neo4j Query API (`/db/{db}/query/v2`), for places where no Bolt socket
 * can be opened (Cloudflare Workers). A unit of work is one explicit transaction: the first
 * statement opens it (`POST …/query/v2/tx`), later ones run in it (`POST …/tx/{id}`), then it
 * is committed (`POST …/tx/{id}/commit`) or, if the work throws, rolled back (`DELETE …/tx/{id}`).
 * Transient failures (deadlocks, 5xx, lost connections) retry the whole work like the driver's
 * executeWrite; an unreachable server or a 5xx is a StoreUnavailableError, a uniqueness
 * violation a StoreConflictError.
 * @example const runner = new QueryApiCypherRunner({ url: 'https://x.databases.neo4j.io', user: 'neo4j', password, database: 'neo4j' });
 */
export class QueryApiCypherRunner implements CypherRunner {
  private readonly base: string;
  private readonly auth: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly connection: QueryApiConnection) {
    const root = connection.url.replace(/\/+$/, '');
    // Either the server root, or already the full endpoint of one database (`…/db/neo4j/query/v2`).
    this.base = /\/db\/[^/]+\/query\/v2$/.test(root)
      ? root
      : `${root}/db/${encodeURIComponent(connection.database)}/query/v2`;
    this.auth = basicAuth(connection.user, connection.password);
    this.fetch = connection.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /**
   * Bookmarks of the last transaction this runner committed: every transaction it opens waits
   * for them, so a read that follows a write sees it even on a cluster member that lags.
   */
  private bookmarks: string[] = [];

  /** Reads open with access mode READ, which a cluster may route to a follower (after the bookmarks). */
  executeRead<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.withRetries(work, 'READ');
  }

  executeWrite<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.withRetries(work, 'WRITE');
  }

  /** One request to the implicit-transaction endpoint (`POST …/query/v2`), after the bookmarks. */
  readOnce(query: string, params: CypherParams): Promise<CypherRecord[]> {
    return this.retrying(async () => {
      const payload: Record<string, unknown> = {
        statement: query,
        parameters: params,
        accessMode: 'READ',
      };
      if (this.bookmarks.length > 0) payload.bookmarks = this.bookmarks;
      try {
        const { body } = await this.request('POST', '', payload, undefined);
        return recordsOf(body);
      } catch (error) {
        throw toStoreError(error);
      }
    });
  }

  async close(): Promise<void> {}

  private withRetries<T>(
    work: (tx: CypherTx) => Promise<T>,
    accessMode: 'READ' | 'WRITE',
  ): Promise<T> {
    return this.retrying(() => this.once(work, accessMode));
  }

  /** Runs `once` again after a transient failure, with backoff, up to maxRetries more times. */
  private async retrying<T>(once: () => Promise<T>): Promise<T> {
    const maxRetries = this.connection.maxRetries ?? 3;
    const sleep = this.connection.sleep ?? defaultSleep;
    for (let attempt = 0; ; attempt++) {
      try {
        return await once();
      } catch (error) {
        if (!(error instanceof Error) || !RETRYABLE.has(error) || attempt >= maxRetries)
          throw error;
        await sleep(100 * 2 ** attempt);
      }
    }
  }

  /**
   * One attempt: open lazily, run the work, commit; roll back if anything throws. Statements of
   * one transaction go one at a time, in the order the work issued them, even when the work
   * starts several at once (Promise.all): the server runs one request of a transaction at a time
   * and refuses a second that arrives meanwhile.
   */
  private async once<T>(
    work: (tx: CypherTx) => Promise<T>,
    accessMode: 'READ' | 'WRITE',
  ): Promise<T> {
    const state: { id?: string; affinity?: string; closed: boolean; queue: Promise<unknown> } = {
      closed: false,
      queue: Promise.resolve(),
    };
    const send = async (query: string, params: CypherParams): Promise<CypherRecord[]> => {
      if (state.closed) throw new Error('the transaction is already finished');
      const opening = state.id === undefined;
      const path = opening ? '/tx' : `/tx/${encodeURIComponent(state.id ?? '')}`;
      const payload: Record<string, unknown> = { statement: query, parameters: params };
      if (opening) {
        payload.accessMode = accessMode;
        payload.maxExecutionTime = Math.max(
          1,
          Math.ceil((this.connection.transactionTimeoutMs ?? 30_000) / 1000),
        );
        if (this.bookmarks.length > 0) payload.bookmarks = this.bookmarks;
      }
      const { body, headers } = await this.request('POST', path, payload, state.affinity);
      if (opening) {
        const id = body.transaction?.id;
        if (typeof id !== 'string' || id === '')
          throw new StoreUnavailableError('neo4j query api answered without a transaction id');
        state.id = id;
        const affinity = headers.get(AFFINITY_HEADER);
        if (affinity !== null) state.affinity = affinity;
      }
      return recordsOf(body);
    };
    const tx: CypherTx = {
      run: (query: string, params: CypherParams): Promise<CypherRecord[]> => {
        const result = state.queue.then(() => send(query, params));
        state.queue = result.catch(() => undefined);
        return result;
      },
    };
    let result: T;
    try {
      result = await work(tx);
      await state.queue;
    } catch (error) {
      state.closed = true;
      await state.queue;
      if (state.id !== undefined) await this.rollback(state.id, state.affinity);
      throw toStoreError(error);
    }
    state.closed = true;
    if (state.id !== undefined) {
      try {
        const { body } = await this.request(
          'POST',
          `/tx/${encodeURIComponent(state.id)}/commit`,
          {},
          state.affinity,
        );
        if (Array.isArray(body.bookmarks) && body.bookmarks.length > 0)
          this.bookmarks = body.bookmarks.filter((b): b is string => typeof b === 'string');
      } catch (error) {
        throw toStoreError(error);
      }
    }
    return result;
  }

  /** Best effort: a server that already dropped the transaction (it does after a failed statement) answers 404. */
  private async rollback(id: string, affinity: string | undefined): Promise<void> {
    try {
      await this.request('DELETE', `/tx/${encodeURIComponent(id)}`, undefined, affinity);
    } catch {
      // The transaction times out on the server if it is still open; the caller's error matters more.
    }
  }

  /** One HTTP exchange; failures leave as Neo4jQueryError (with the server's code) or StoreUnavailableError. */
  private async request(
    method: 'POST' | 'DELETE',
    path: string,
    payload: unknown,
    affinity: string | undefined,
  ): Promise<{ body: QueryApiBody; headers: Headers }> {
    const headers: Record<string, string> = {
      authorization: this.auth,
      accept: 'application/json',
    };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    if (affinity !== undefined) headers[AFFINITY_HEADER] = affinity;
    let response: Response;
    try {
      response = await this.fetch(`${this.base}${path}`, {
        method,
        headers,
        ...(payload !== undefined ? { body: JSON.stringify(payload) } : {}),
        signal: AbortSignal.timeout(this.connection.requestTimeoutMs ?? 40_000),
      });
    } catch (error) {
      // Refused, reset, DNS, TLS or timed out: the database cannot be reached.
      throw transient('neo4j query api cannot be reached', error);
    }
    const text = await response.text().catch(() => '');
    let body: QueryApiBody = {};
    if (text !== '') {
      try {
        body = JSON.parse(text) as QueryApiBody;
      } catch {
        body = {};
      }
    }
    const first = body.errors?.[0];
    if (first?.code !== undefined) {
      const error = new Neo4jQueryError(first.code, first.message ?? first.code);
      if (response.status >= 500 || isTransientNeo4jCode(first.code))
        throw transient(`neo4j is unavailable (${first.code})`, error);
      throw error;
    }
    if (response.status === 401 || response.status === 403)
      throw new StoreUnavailableError(
        `neo4j query api refused the credentials (HTTP ${response.status})`,
      );
    if (response.status >= 500) {
      throw transient(`neo4j query api failed (HTTP ${response.status})`, undefined);
    }
    if (!response.ok)
      throw new Neo4jQueryError(
        `HTTP.${response.status}`,
        `neo4j query api answered HTTP ${response.status}`,
      );
    return { body, headers: response.headers };
  }
}
