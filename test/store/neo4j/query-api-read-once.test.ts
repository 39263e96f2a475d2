import { describe, expect, it } from 'vitest';
import { QueryApiCypherRunner } from '../../../src/store/neo4j/query-api-cypher-runner.js';

/** What the runner sent: method, path and JSON body of each request. */
interface Sent {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
}

/** A fetch that records each request and answers with `reply` (status and JSON body). */
function fakeFetch(
  sent: Sent[],
  reply: (req: Sent) => { status: number; body: unknown },
): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const req: Sent = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    sent.push(req);
    const { status, body } = reply(req);
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
}

const runner = (fetchFn: typeof globalThis.fetch) =>
  new QueryApiCypherRunner({
    url: 'http://neo4j.test',
    user: 'neo4j',
    password: 'secret-pass',
    database: 'neo4j',
    fetch: fetchFn,
    sleep: async () => undefined,
  });

describe('QueryApiCypherRunner.readOnce', () => {
  it('runs a single read as one request to the implicit endpoint, after the last commit', async () => {
    const sent: Sent[] = [];
    const r = runner(
      fakeFetch(sent, (req) => {
        if (req.path.endsWith('/commit')) return { status: 200, body: { bookmarks: ['b1'] } };
        if (req.path.endsWith('/tx'))
          return {
            status: 202,
            body: { data: { fields: [], values: [] }, transaction: { id: 't1' } },
          };
        return {
          status: 202,
          body: { data: { fields: ['echo'], values: [[req.body?.parameters]] } },
        };
      }),
    );
    await r.executeWrite((tx) => tx.run('CREATE (n)', {}));
    sent.length = 0;
    expect(await r.readOnce('RETURN $x AS echo', { x: 'a' })).toEqual([{ echo: { x: 'a' } }]);
    expect(sent.map((req) => `${req.method} ${req.path}`)).toEqual(['POST /db/neo4j/query/v2']);
    expect(sent[0]?.body).toEqual({
      statement: 'RETURN $x AS echo',
      parameters: { x: 'a' },
      accessMode: 'READ',
      bookmarks: ['b1'],
    });
  });

  it('retries after a transient failure, and gives up after maxRetries', async () => {
    let calls = 0;
    const flaky = runner(
      fakeFetch([], () =>
        ++calls === 1
          ? { status: 503, body: {} }
          : { status: 202, body: { data: { fields: ['n'], values: [[1]] } } },
      ),
    );
    expect(await flaky.readOnce('RETURN 1 AS n', {})).toEqual([{ n: 1 }]);
    expect(calls).toBe(2);
    const sent: Sent[] = [];
    const down = runner(fakeFetch(sent, () => ({ status: 503, body: {} })));
    await expect(down.readOnce('RETURN 1 AS n', {})).rejects.toMatchObject({
      name: 'StoreUnavailableError',
    });
    expect(sent).toHaveLength(4);
  });
});
