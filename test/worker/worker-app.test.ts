import { describe, expect, it } from 'vitest';
import type { D1Database } from '../../src/worker/d1-database.js';
import { buildWorkerApp } from '../../src/worker/worker-app.js';

// Never queried here: these tests stop at configuration, before any statement runs.
const unusedDb = {} as D1Database;

/** The problems' English messages (each problem is also a code with params, tested below). */
function problemsOf(env: Record<string, unknown>): string[] {
  const built = buildWorkerApp(env);
  return built.ok ? [] : built.problems.map((p) => p.message);
}

describe('Worker configuration from bindings', () => {
  it('refuses to serve without API keys unless it is the demo', () => {
    expect(problemsOf({ DB: unusedDb })).toEqual([
      expect.stringMatching(/no API keys configured: set the secret SKIPGRAPH_API_KEYS/),
    ]);
    expect(buildWorkerApp({ DB: unusedDb, SKIPGRAPH_DEMO: '1', LOG_LEVEL: 'silent' }).ok).toBe(
      true,
    );
    expect(
      buildWorkerApp({
        DB: unusedDb,
        SKIPGRAPH_API_KEYS: 'a-long-key-1:collector',
        LOG_LEVEL: 'silent',
      }).ok,
    ).toBe(true);
  });

  it('names every problem without echoing secret values', () => {
    const problems = problemsOf({ SKIPGRAPH_API_KEYS: 'secret-value-123:boss' });
    expect(problems).toEqual([
      expect.stringMatching(/^SKIPGRAPH_API_KEYS: API key entry 1 must be KEY:ROLE/),
      expect.stringMatching(/no store: bind a D1 database as DB/),
    ]);
    expect(JSON.stringify(problems)).not.toContain('secret-value-123');
  });

  it('rejects bad vars by name', () => {
    expect(problemsOf({ DB: unusedDb, SKIPGRAPH_DEMO: '1', LOG_LEVEL: 'loud' })).toEqual([
      expect.stringMatching(/^LOG_LEVEL: /),
    ]);
    expect(problemsOf({ DB: unusedDb, SKIPGRAPH_DEMO: '1', SKIPGRAPH_RATE_LIMIT: 'many' })).toEqual(
      [expect.stringMatching(/^SKIPGRAPH_RATE_LIMIT: /)],
    );
  });
});

describe('Worker store choice', () => {
  it('with NEO4J_QUERY_URL the store is Neo4j over the Query API, with the secrets as Basic credentials', async () => {
    const { createServer } = await import('node:http');
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
      req.resume();
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify(
          req.method === 'DELETE'
            ? {}
            : { data: { fields: ['ok'], values: [[1]] }, transaction: { id: 'tx1' } },
        ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const built = buildWorkerApp({
        NEO4J_QUERY_URL: `http://127.0.0.1:${port}`,
        NEO4J_USER: 'skip',
        NEO4J_PASSWORD: 'pw',
        SKIPGRAPH_DEMO: '1',
        LOG_LEVEL: 'silent',
      });
      if (!built.ok) throw new Error(built.problems.map((p) => p.message).join('; '));
      const res = await built.worker.app.request('/readyz');
      expect(await res.json()).toEqual({ status: 'ready', store: 'neo4j' });
      expect(seen[0]).toBe(`POST /db/neo4j/query/v2/tx Basic ${btoa('skip:pw')}`);
    } finally {
      server.close();
    }
  });

  it('refuses a Bolt address and a Neo4j without password, by variable name', () => {
    expect(
      problemsOf({
        NEO4J_URI: 'neo4j://db:7687',
        NEO4J_PASSWORD: 'pw',
        SKIPGRAPH_DEMO: '1',
        LOG_LEVEL: 'silent',
      }),
    ).toEqual([expect.stringMatching(/Bolt address, which a Worker cannot open/)]);
    expect(
      problemsOf({
        NEO4J_QUERY_URL: 'https://db.example',
        SKIPGRAPH_DEMO: '1',
        LOG_LEVEL: 'silent',
      }),
    ).toEqual(['NEO4J_PASSWORD is not set']);
  });
});

describe('the Worker entry', () => {
  const ctx = (): {
    waitUntil: (p: Promise<unknown>) => void;
    passThroughOnException: () => void;
    props: unknown;
    waited: Promise<unknown>[];
  } => {
    const waited: Promise<unknown>[] = [];
    return {
      waited,
      waitUntil: (p) => void waited.push(p),
      passThroughOnException: () => {},
      props: {},
    };
  };

  it('a misconfigured Worker answers every request 500 worker_misconfigured with the problems', async () => {
    const { default: worker } = await import('../../src/worker.js');
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => void errors.push(line);
    try {
      const res = await worker.fetch(
        new Request('http://worker.test/healthz'),
        { DB: unusedDb },
        ctx(),
      );
      expect(res.status).toBe(500);
      const body = (await res.json()) as {
        error: { code: string; details: { problems: unknown[] } };
      };
      expect(body.error.code).toBe('worker_misconfigured');
      expect(body.error.details.problems).toEqual([
        {
          code: 'config_worker_no_keys',
          params: { variable: 'SKIPGRAPH_API_KEYS' },
          message: expect.stringMatching(/no API keys configured/),
        },
      ]);
      expect(errors.map((e) => JSON.parse(e) as { msg: string }).map((e) => e.msg)).toEqual([
        'worker misconfigured',
      ]);
    } finally {
      console.error = original;
    }
  });

  it('a misconfigured Worker words its error for the reader: Accept-Language or ?lang=', async () => {
    const { default: worker } = await import('../../src/worker.js');
    const original = console.error;
    console.error = () => {};
    try {
      const answer = async (url: string, headers: Record<string, string> = {}) => {
        const res = await worker.fetch(new Request(url, { headers }), { DB: unusedDb }, ctx());
        expect(res.status).toBe(500);
        return {
          lang: res.headers.get('content-language'),
          error: ((await res.json()) as { error: Record<string, unknown> }).error,
        };
      };
      const zh = await answer('http://worker.test/v1/me', { 'accept-language': 'zh-CN,zh;q=0.9' });
      const en = await answer('http://worker.test/v1/me', { 'accept-language': 'en-US' });
      const byQuery = await answer('http://worker.test/readyz?lang=zh-CN', {
        'accept-language': 'en',
      });
      expect(zh.lang).toBe('zh-CN');
      expect(zh.error).toMatchObject({
        code: 'worker_misconfigured',
        message: 'Worker 配置不完整，详见 details。',
        params: {},
      });
      expect(en.lang).toBe('en');
      expect(en.error).toMatchObject({
        code: 'worker_misconfigured',
        message: 'the Worker is not configured; see details',
        params: {},
      });
      // Each problem keeps its code and params, its message in the reader's language.
      expect(zh.error.details).toEqual({
        problems: [
          {
            code: 'config_worker_no_keys',
            params: { variable: 'SKIPGRAPH_API_KEYS' },
            message:
              '未配置 API 密钥：请设置机密 SKIPGRAPH_API_KEYS=key:role,…（wrangler secret put SKIPGRAPH_API_KEYS）',
          },
        ],
      });
      expect(en.error.details).toEqual({
        problems: [
          {
            code: 'config_worker_no_keys',
            params: { variable: 'SKIPGRAPH_API_KEYS' },
            message:
              'no API keys configured: set the secret SKIPGRAPH_API_KEYS=key:role,… (wrangler secret put SKIPGRAPH_API_KEYS)',
          },
        ],
      });
      expect(byQuery.error.message).toBe('Worker 配置不完整，详见 details。');
      expect(byQuery.error.details).toEqual(zh.error.details);
    } finally {
      console.error = original;
    }
  });

  it('words every problem in details for the reader, nested issues included, never quoting a secret', async () => {
    const { default: worker } = await import('../../src/worker.js');
    const original = console.error;
    console.error = () => {};
    try {
      const problems = async (env: Record<string, unknown>, lang: string) => {
        const res = await worker.fetch(
          new Request(`http://worker.test/v1/me?lang=${lang}`),
          env,
          ctx(),
        );
        const body = (await res.json()) as { error: { details: { problems: unknown[] } } };
        return body.error.details.problems as Array<{ code: string; message: string }>;
      };
      const badRate = { DB: unusedDb, SKIPGRAPH_DEMO: '1', SKIPGRAPH_RATE_LIMIT: 'many' };
      expect(await problems(badRate, 'zh-CN')).toEqual([
        {
          code: 'config_variable',
          params: {
            variable: 'SKIPGRAPH_RATE_LIMIT',
            issue: [{ code: 'issue_invalid_type', params: { expected: 'number' } }],
          },
          message: 'SKIPGRAPH_RATE_LIMIT：应为数字',
        },
      ]);
      expect((await problems(badRate, 'en')).map((p) => p.message)).toEqual([
        'SKIPGRAPH_RATE_LIMIT: expected a number',
      ]);
      const badKeys = { SKIPGRAPH_API_KEYS: 'secret-value-123:boss' };
      const zh = await problems(badKeys, 'zh-CN');
      expect(zh.map((p) => p.code)).toEqual(['config_api_key_entry', 'config_worker_no_store']);
      expect(zh.map((p) => p.message)).toEqual([
        'SKIPGRAPH_API_KEYS：第 1 条 API 密钥应写成 KEY:ROLE（密钥:角色），角色须为 collector, investigator, compliance, admin 之一',
        '未配置存储：请将 D1 数据库绑定为 DB（wrangler.toml 的 [[d1_databases]]），或设置 NEO4J_QUERY_URL',
      ]);
      expect(JSON.stringify(zh)).not.toContain('secret-value-123');
      expect((await problems(badKeys, 'en')).map((p) => p.message)).toEqual([
        'SKIPGRAPH_API_KEYS: API key entry 1 must be KEY:ROLE with ROLE one of collector, investigator, compliance, admin',
        'no store: bind a D1 database as DB (wrangler.toml [[d1_databases]]) or set NEO4J_QUERY_URL',
      ]);
    } finally {
      console.error = original;
    }
  });

  it('a configured Worker serves the app and keeps background hand-overs alive with waitUntil', async () => {
    const { default: worker } = await import('../../src/worker.js');
    const env = { DB: unusedDb, SKIPGRAPH_API_KEYS: 'a-long-key-1:collector', LOG_LEVEL: 'silent' };
    const c = ctx();
    const first = await worker.fetch(new Request('http://worker.test/healthz'), env, c);
    const second = await worker.fetch(
      new Request('http://worker.test/v1/me', {
        headers: { authorization: 'Bearer a-long-key-1' },
      }),
      env,
      c,
    );
    expect(await first.json()).toEqual({ status: 'ok' });
    expect(await second.json()).toEqual({ role: 'collector' });
    expect(c.waited).toHaveLength(2);
    await Promise.all(c.waited);
  });
});
