import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runMigrateCommand } from '../../../src/cli/commands/migrate.js';
import { neo4jConfigFromEnv } from '../../../src/store/neo4j/neo4j-config.js';
import { SCHEMA_QUERIES } from '../../../src/store/neo4j/neo4j-schema.js';
import {
  Neo4jQueryError,
  QueryApiCypherRunner,
} from '../../../src/store/neo4j/query-api-cypher-runner.js';
import { StoreConflictError, StoreUnavailableError } from '../../../src/store/store-errors.js';

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: { statement?: string; parameters?: Record<string, unknown> } | undefined;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/**
 * A local stand-in for the Neo4j Query API: records every request and answers from a handler
 * the test sets; by default it opens transaction "tx1", answers statements with one row and
 * accepts commit and rollback.
 */
const seen: Seen[] = [];
let handler: (req: Seen) => Reply;
const defaultHandler = (req: Seen): Reply => {
  if (req.method === 'DELETE') return { status: 200, body: {} };
  if (req.path.endsWith('/commit')) return { status: 200, body: { bookmarks: ['b1'] } };
  const opening = req.path.endsWith('/query/v2/tx');
  return {
    status: 202,
    headers: opening ? { 'neo4j-cluster-affinity': 'member-7' } : {},
    body: {
      data: { fields: ['n', 'echo'], values: [[1, req.body?.parameters?.x ?? null]] },
      ...(opening ? { transaction: { id: 'tx1', expires: '2026-01-01T00:00:30Z' } } : {}),
    },
  };
};
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const entry: Seen = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: raw === '' ? undefined : (JSON.parse(raw) as Seen['body']),
      };
      seen.push(entry);
      const reply = handler(entry);
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
  handler = defaultHandler;
});

const runner = (
  extra: Partial<ConstructorParameters<typeof QueryApiCypherRunner>[0]> = {},
): QueryApiCypherRunner =>
  new QueryApiCypherRunner({
    url,
    user: 'neo4j',
    password: 'pässword',
    database: 'graph db',
    sleep: async () => undefined,
    ...extra,
  });

describe('QueryApiCypherRunner', () => {
  it('opens a transaction with the first statement, runs the next in it, then commits', async () => {
    const result = await runner().executeWrite(async (tx) => {
      const first = await tx.run('RETURN 1 AS n, $x AS echo', { x: 'a' });
      const second = await tx.run('RETURN 2 AS n, $x AS echo', { x: 'b' });
      return [first, second];
    });
    expect(result).toEqual([[{ n: 1, echo: 'a' }], [{ n: 1, echo: 'b' }]]);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /db/graph%20db/query/v2/tx',
      'POST /db/graph%20db/query/v2/tx/tx1',
      'POST /db/graph%20db/query/v2/tx/tx1/commit',
    ]);
    // The opening request carries the transaction's access mode and its server-side timeout.
    expect(seen[0]?.body).toEqual({
      statement: 'RETURN 1 AS n, $x AS echo',
      parameters: { x: 'a' },
      accessMode: 'WRITE',
      maxExecutionTime: 30,
    });
    expect(seen[1]?.body).toEqual({
      statement: 'RETURN 2 AS n, $x AS echo',
      parameters: { x: 'b' },
    });
    expect(seen[0]?.headers['content-type']).toBe('application/json');
    expect(seen[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from('neo4j:pässword', 'utf8').toString('base64')}`,
    );
    expect(seen[0]?.headers['neo4j-cluster-affinity']).toBeUndefined();
    // Later requests of the transaction go back to the member that opened it.
    expect(seen[1]?.headers['neo4j-cluster-affinity']).toBe('member-7');
    expect(seen[2]?.headers['neo4j-cluster-affinity']).toBe('member-7');
    // Neo4j 5.26 answers a commit without a JSON body with Neo.DatabaseError.General.UnknownError.
    expect(seen[2]?.body).toEqual({});
    expect(seen[2]?.headers['content-type']).toBe('application/json');
  });

  it('sends statements started together one at a time, in the order they were started', async () => {
    const order: string[] = [];
    await runner().executeRead(async (tx) => {
      await Promise.all(
        ['a', 'b', 'c'].map((x) => tx.run('RETURN $x AS echo', { x }).then(() => order.push(x))),
      );
    });
    expect(order).toEqual(['a', 'b', 'c']);
    // Sent together, the later two would each have opened a transaction of their own.
    expect(seen.map((r) => `${r.method} ${r.path} ${r.body?.parameters?.x ?? ''}`)).toEqual([
      'POST /db/graph%20db/query/v2/tx a',
      'POST /db/graph%20db/query/v2/tx/tx1 b',
      'POST /db/graph%20db/query/v2/tx/tx1 c',
      'POST /db/graph%20db/query/v2/tx/tx1/commit ',
    ]);
    expect(seen[0]?.body).toMatchObject({ accessMode: 'READ' });
  });

  it('opens each transaction after the bookmarks of the last commit', async () => {
    const r = runner();
    await r.executeWrite((tx) => tx.run('CREATE (n) RETURN 1 AS n', {}));
    seen.length = 0;
    await r.executeRead((tx) => tx.run('RETURN 1 AS n', {}));
    expect(seen[0]?.body).toMatchObject({ bookmarks: ['b1'], accessMode: 'READ' });
  });

  it('takes a URL that already names the endpoint as it is', async () => {
    await runner({ url: `${url}/db/neo4j/query/v2/` }).executeWrite((tx) =>
      tx.run('RETURN 1 AS n', {}),
    );
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /db/neo4j/query/v2/tx',
      'POST /db/neo4j/query/v2/tx/tx1/commit',
    ]);
  });

  it('sends nothing for work that runs no statement', async () => {
    expect(await runner().executeRead(async () => 'nothing')).toBe('nothing');
    expect(seen).toEqual([]);
  });

  it('rolls back with DELETE when the work throws, and rethrows the same error', async () => {
    const failure = new Error('the caller gave up');
    await expect(
      runner().executeWrite(async (tx) => {
        await tx.run('CREATE (n:Person {id: $x})', { x: 'P1' });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /db/graph%20db/query/v2/tx',
      'DELETE /db/graph%20db/query/v2/tx/tx1',
    ]);
  });

  it('a statement error keeps the server code, is not retried, and the transaction is rolled back', async () => {
    handler = (req) =>
      req.path.endsWith('/tx/tx1') && req.method === 'POST'
        ? {
            status: 400,
            body: {
              errors: [{ code: 'Neo.ClientError.Statement.SyntaxError', message: 'Invalid input' }],
            },
          }
        : defaultHandler(req);
    const error = await runner()
      .executeWrite(async (tx) => {
        await tx.run('RETURN 1 AS n', {});
        await tx.run('RETRUN 2', {});
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jQueryError);
    expect((error as Neo4jQueryError).code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(seen.map((r) => r.method)).toEqual(['POST', 'POST', 'DELETE']);
  });

  it('a uniqueness violation is a StoreConflictError whose message does not quote the value', async () => {
    handler = () => ({
      status: 400,
      body: {
        errors: [
          {
            code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
            message: "already exists with property `e164` = '+8613800138000'",
          },
        ],
      },
    });
    const error = await runner()
      .executeWrite((tx) => tx.run('CREATE (:Phone {e164: $e164})', { e164: '+8613800138000' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreConflictError);
    expect((error as Error).message).not.toContain('+86');
  });

  it('retries the whole transaction after a deadlock, then succeeds', async () => {
    let opens = 0;
    handler = (req) => {
      if (req.path.endsWith('/query/v2/tx') && ++opens === 1) {
        return {
          status: 400,
          body: {
            errors: [
              { code: 'Neo.TransientError.Transaction.DeadlockDetected', message: 'deadlock' },
            ],
          },
        };
      }
      return defaultHandler(req);
    };
    const rows = await runner().executeWrite((tx) => tx.run('RETURN 1 AS n', {}));
    expect(rows).toEqual([{ n: 1, echo: null }]);
    expect(opens).toBe(2);
  });

  it('a 5xx is StoreUnavailableError after the retries run out', async () => {
    handler = () => ({ status: 503, body: { message: 'unavailable' } });
    await expect(
      runner({ maxRetries: 2 }).executeRead((tx) => tx.run('RETURN 1', {})),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(seen).toHaveLength(3);
  });

  it('refused credentials are StoreUnavailableError at once, with no retry', async () => {
    handler = () => ({ status: 401, body: {} });
    await expect(runner().executeRead((tx) => tx.run('RETURN 1', {}))).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(seen).toHaveLength(1);
  });

  it('a refused connection is StoreUnavailableError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = new QueryApiCypherRunner({
      url: `http://127.0.0.1:${port}`,
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
      maxRetries: 1,
      sleep: async () => undefined,
    });
    await expect(unreachable.executeWrite((tx) => tx.run('RETURN 1', {}))).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });
});

describe('Neo4j configuration', () => {
  it('chooses the Query API for http(s) or NEO4J_QUERY_URL and the driver for neo4j:// or bolt://', () => {
    expect(neo4jConfigFromEnv({ NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'p' })).toEqual({
      mode: 'bolt',
      uri: 'neo4j://db:7687',
      user: 'neo4j',
      password: 'p',
      database: 'neo4j',
    });
    expect(
      neo4jConfigFromEnv({
        NEO4J_URI: 'bolt+s://db:7687',
        NEO4J_PASSWORD: 'p',
        NEO4J_USER: 'app',
        NEO4J_DATABASE: 'graph',
      }),
    ).toMatchObject({ mode: 'bolt', user: 'app', database: 'graph' });
    expect(
      neo4jConfigFromEnv({ NEO4J_URI: 'https://x.databases.neo4j.io', NEO4J_PASSWORD: 'p' }).mode,
    ).toBe('query-api');
    expect(
      neo4jConfigFromEnv({
        NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
        NEO4J_QUERY_URL: 'https://x.databases.neo4j.io',
        NEO4J_PASSWORD: 'p',
      }),
    ).toMatchObject({ mode: 'query-api', uri: 'https://x.databases.neo4j.io' });
  });

  it('names the missing or malformed variable, never a value', () => {
    expect(() => neo4jConfigFromEnv({ NEO4J_PASSWORD: 'p' })).toThrow(/NEO4J_URI/);
    expect(() => neo4jConfigFromEnv({ NEO4J_URI: 'neo4j://db' })).toThrow(
      /NEO4J_PASSWORD is not set/,
    );
    expect(() =>
      neo4jConfigFromEnv({ NEO4J_URI: 'ftp://secret-host', NEO4J_PASSWORD: 'p' }),
    ).toThrow(/^NEO4J_URI must start with/);
    expect(() =>
      neo4jConfigFromEnv({ NEO4J_URI: 'ftp://secret-host', NEO4J_PASSWORD: 'p' }),
    ).not.toThrow(/secret-host/);
  });
});

describe('skipgraph migrate --store neo4j', () => {
  it('applies every constraint and index in its own transaction and records the schema version', async () => {
    const out: string[] = [];
    const code = await runMigrateCommand(['--store', 'neo4j'], {
      env: { NEO4J_URI: url, NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'graph db' },
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(code).toBe(0);
    const statements = seen
      .filter((r) => r.body?.statement !== undefined)
      .map((r) => r.body?.statement ?? '');
    expect(statements).toHaveLength(SCHEMA_QUERIES.length + 2);
    expect(
      statements.filter((s) => /^CREATE (CONSTRAINT|INDEX) \w+ IF NOT EXISTS/.test(s)),
    ).toHaveLength(SCHEMA_QUERIES.length);
    expect(statements.at(-1)).toContain('SET v.version = $version');
    expect(seen.filter((r) => r.path.endsWith('/commit'))).toHaveLength(SCHEMA_QUERIES.length + 2);
    expect(out.join('\n')).toContain(
      `query api, database graph db): ${SCHEMA_QUERIES.length} constraints and indexes in place, schema version 1`,
    );
  });

  it('exits 1 naming the missing variable, and 1 when Neo4j cannot be reached', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(await runMigrateCommand(['--store', 'neo4j'], { env: { NEO4J_URI: url }, ...io })).toBe(
      1,
    );
    expect(lines.pop()).toBe('configuration error: NEO4J_PASSWORD is not set');
    handler = () => ({ status: 503, body: {} });
    expect(
      await runMigrateCommand(['--store', 'neo4j'], {
        env: { NEO4J_URI: url, NEO4J_PASSWORD: 'p' },
        ...io,
      }),
    ).toBe(1);
    expect(lines.pop()).toMatch(/^migrate failed: neo4j query api failed \(HTTP 503\)/);
  });
});

describe('neo4jStoreOverQueryApi', () => {
  it('is a Neo4j store whose statements go to the Query API', async () => {
    const { neo4jStoreOverQueryApi } = await import('../../../src/store/neo4j/query-api-store.js');
    handler = (req) =>
      req.path.endsWith('/commit')
        ? { status: 200, body: {} }
        : {
            status: 202,
            body: {
              data: { fields: ['person'], values: [[{ id: 'D1', name: 'Li Wei', optOut: [] }]] },
              transaction: { id: 't9' },
            },
          };
    const store = neo4jStoreOverQueryApi({ url, user: 'neo4j', password: 'p', database: 'neo4j' });
    expect(store.name).toBe('neo4j');
    expect(await store.getPerson('D1')).toMatchObject({
      id: 'D1',
      name: 'Li Wei',
      flags: { ceaseContact: false, optOut: [] },
    });
    expect(seen[0]?.body).toMatchObject({ parameters: { id: 'D1' } });
    expect(seen[0]?.body?.statement).toContain('MATCH (p:Person {id: $id})');
  });
});
