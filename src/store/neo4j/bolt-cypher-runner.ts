import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import type { CypherParams, CypherRecord, CypherRunner, CypherTx } from './cypher-runner.js';
import { toStoreError } from './neo4j-errors.js';

/** How to reach Neo4j over Bolt. */
export interface BoltConnection {
  /** neo4j://, neo4j+s://, bolt:// or bolt+s:// URI. */
  uri: string;
  user: string;
  password: string;
  database: string;
  /**
   * How long the driver keeps retrying a transaction that failed transiently (default 5 s: long
   * enough for a leader switch or a deadlock, short enough that an API caller gets its 503 soon).
   */
  maxTransactionRetryTimeMs?: number;
  /** How long to wait for a connection (default 5 s), so an unreachable server fails fast. */
  connectionTimeoutMs?: number;
  /**
   * The server ends a transaction that runs longer (default 30 s), so one stuck behind a lock,
   * or whose client vanished, cannot hold an account's or a debtor's lock for long.
   */
  transactionTimeoutMs?: number;
}

/**
 * Parameters as the driver should send them: JavaScript numbers that are whole become Cypher
 * integers (a `LIMIT` or an epoch-millisecond comparison needs an INTEGER, and the driver sends
 * every JS number as a FLOAT otherwise). Lists and maps are converted throughout.
 */
export function toBoltValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toBoltValue);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toBoltValue(v);
    return out;
  }
  return value;
}

/**
 * A value read from the driver as a plain one: Cypher integers become numbers (the store's
 * integers are counts, sequence numbers and epoch milliseconds, all within 2^53), lists and maps
 * are converted throughout. The store's queries return maps and scalars, never nodes.
 */
export function fromBoltValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(fromBoltValue);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromBoltValue(v);
    return out;
  }
  return value;
}

/** A driver result's records as plain ones. */
function plainRecords(records: readonly Neo4jRecord[]): CypherRecord[] {
  return records.map((record) => {
    const row: CypherRecord = {};
    for (const key of record.keys) row[String(key)] = fromBoltValue(record.get(key));
    return row;
  });
}

/** A driver transaction seen through CypherTx: parameters in, plain records out. */
function wrap(tx: ManagedTransaction): CypherTx {
  return {
    async run(query: string, params: CypherParams): Promise<CypherRecord[]> {
      const result = await tx.run(query, toBoltValue(params) as Record<string, unknown>);
      return plainRecords(result.records);
    },
  };
}

/** Attempts of an implicit read after a transient failure (a leader switch, a lagging member). */
const READ_ONCE_ATTEMPTS = 3;

/** True for a driver error the driver's own transaction functions would retry. */
function retriable(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    ((error as { retriable?: boolean }).retriable === true ||
      error.code === 'ServiceUnavailable' ||
      error.code === 'SessionExpired')
  );
}

/**
 * CypherRunner over neo4j-driver (Bolt). Sessions are opened per unit of work and closed right
 * after; `executeRead`/`executeWrite` retry transient failures as the driver does; driver
 * errors leave as StoreUnavailableError or StoreConflictError.
 * @example const runner = BoltCypherRunner.connect({ uri: 'neo4j://localhost:7687', user: 'neo4j', password, database: 'neo4j' });
 */
export class BoltCypherRunner implements CypherRunner {
  /**
   * One bookmark manager for every session of this runner: each transaction waits for the ones
   * committed before it, so a read after a write sees it, even on a lagging cluster member.
   */
  private readonly bookmarkManager: BookmarkManager = neo4j.bookmarkManager();

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly transactionTimeoutMs = 30_000,
  ) {}

  /** Creates a driver for the connection (no network traffic until the first transaction). */
  static connect(connection: BoltConnection): BoltCypherRunner {
    const driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.user, connection.password),
      {
        maxTransactionRetryTime: connection.maxTransactionRetryTimeMs ?? 5_000,
        connectionTimeout: connection.connectionTimeoutMs ?? 5_000,
        connectionAcquisitionTimeout: (connection.connectionTimeoutMs ?? 5_000) * 2,
      },
    );
    return new BoltCypherRunner(driver, connection.database, connection.transactionTimeoutMs);
  }

  async executeRead<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.bookmarkManager,
    });
    try {
      return await session.executeRead((tx) => work(wrap(tx)), {
        timeout: this.transactionTimeoutMs,
      });
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await session.close();
    }
  }

  async readOnce(query: string, params: CypherParams): Promise<CypherRecord[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.bookmarkManager,
    });
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await session.run(query, toBoltValue(params) as Record<string, unknown>, {
            timeout: this.transactionTimeoutMs,
          });
          return plainRecords(result.records);
        } catch (error) {
          if (attempt >= READ_ONCE_ATTEMPTS || !retriable(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
        }
      }
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await session.close();
    }
  }

  async executeWrite<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.bookmarkManager,
    });
    try {
      return await session.executeWrite((tx) => work(wrap(tx)), {
        timeout: this.transactionTimeoutMs,
      });
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
