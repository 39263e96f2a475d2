import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { apiHarness, type CallOptions, callApp, KEYS } from '../support/api-harness.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

interface ErrorAnswer {
  error: {
    code: string;
    message: string;
    params?: Record<string, unknown>;
    details?: unknown;
  };
}

const ZH = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' };
const EN = { 'accept-language': 'en-US' };
const HAN = /[\u4e00-\u9fff]/;

/** The same request in both languages: the code, status and params agree, only the words differ. */
async function both(
  send: (headers: Record<string, string>) => Promise<Response>,
): Promise<{ zh: ErrorAnswer; en: ErrorAnswer; status: number }> {
  const [zhRes, enRes] = [await send(ZH), await send(EN)];
  expect(zhRes.status).toBe(enRes.status);
  expect(zhRes.headers.get('content-language')).toBe('zh-CN');
  const zh = (await zhRes.json()) as ErrorAnswer;
  const en = (await enRes.json()) as ErrorAnswer;
  expect(zh.error.code).toBe(en.error.code);
  expect(zh.error.params).toEqual(en.error.params);
  expect(zh.error.params).toBeDefined();
  expect(zh.error.message, zh.error.code).toMatch(HAN);
  expect(en.error.message, en.error.code).not.toMatch(HAN);
  return { zh, en, status: zhRes.status };
}

describe('error messages in the reader’s language', () => {
  const api = async (options: Parameters<typeof apiHarness>[1] = {}) =>
    apiHarness(await openSqliteStore(':memory:'), options);

  it('404 person_not_found', async () => {
    const h = await api();
    const { zh, en, status } = await both((headers) =>
      h.call('GET', '/v1/persons/NOPE/graph', { headers }),
    );
    expect(status).toBe(404);
    expect(zh.error).toMatchObject({ code: 'person_not_found', params: { id: 'NOPE' } });
    expect(zh.error.message).toBe('找不到编号为 NOPE 的人员。');
    expect(en.error.message).toBe('no person with id NOPE');
  });

  it('404 route_not_found, with ?lang= winning over the header', async () => {
    const h = await api();
    const res = await h.call('GET', '/v1/nowhere?lang=zh-CN', { headers: EN });
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorAnswer).error).toMatchObject({
      code: 'route_not_found',
      message: '没有此接口：GET /v1/nowhere。',
    });
  });

  it('404 outside /v1 is worded too, and says its language', async () => {
    const h = await api();
    const res = await h.call('GET', '/nowhere', { role: null, headers: ZH });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-language')).toBe('zh-CN');
    expect(((await res.json()) as ErrorAnswer).error.message).toBe('没有此接口：GET /nowhere。');
  });

  it('503 store_unavailable from the readiness probe, the store named in the details', async () => {
    const store = await openSqliteStore(':memory:');
    const h = apiHarness(store);
    await store.close();
    const { zh, en, status } = await both((headers) =>
      h.call('GET', '/readyz', { role: null, headers }),
    );
    expect(status).toBe(503);
    expect(zh.error).toMatchObject({
      code: 'store_unavailable',
      params: {},
      details: { store: 'sqlite' },
      message: '数据库暂时无法访问，本次请求未做任何更改，也未发送任何内容。',
    });
    expect(en.error).toMatchObject({
      code: 'store_unavailable',
      details: { store: 'sqlite' },
      message: 'the graph store is unavailable; nothing was changed or sent',
    });
    const byQuery = await h.call('GET', '/readyz?lang=zh-CN', { role: null, headers: EN });
    expect(((await byQuery.json()) as ErrorAnswer).error.message).toMatch(HAN);
  });

  it('405 method_not_allowed on a probe is worded too, with its Allow header', async () => {
    const h = await api();
    const { zh, en, status } = await both((headers) =>
      h.call('POST', '/readyz', { role: null, headers }),
    );
    expect(status).toBe(405);
    expect(zh.error).toMatchObject({
      code: 'method_not_allowed',
      message: '/readyz 不支持 POST 请求；可用的方法：GET, HEAD。',
    });
    expect(en.error.message).toBe('POST is not allowed on /readyz; allowed: GET, HEAD');
    expect((await h.call('POST', '/readyz', { role: null })).headers.get('allow')).toBe(
      'GET, HEAD',
    );
  });

  it('400 invalid_input: the top line and each issue are worded, each issue keeps its path and code', async () => {
    const h = await api();
    const { zh, en } = await both((headers) =>
      h.call('GET', '/v1/persons/D1/graph?depth=9', { headers }),
    );
    expect(zh.error.message).toBe('请求无效：查询参数中的 depth 不符合要求。');
    expect(en.error.message).toBe('invalid query: depth');
    expect(zh.error.details).toMatchObject([
      { path: 'depth', code: 'too_big', message: '应不大于 3' },
    ]);
    expect(en.error.details).toMatchObject([
      { path: 'depth', code: 'too_big', message: 'at most 3' },
    ]);
  });

  it('400 for a phone number, with its hint nested in the message', async () => {
    const h = await api();
    const { zh, en } = await both((headers) =>
      h.call('GET', '/v1/phones/12345/links', { headers }),
    );
    expect(zh.error.message).toContain('?region=CN');
    expect(en.error.message).toContain('pass ?region=CN');
  });

  it('401 unauthenticated and unknown_api_key, with their WWW-Authenticate', async () => {
    const h = await api();
    const none = await both((headers) => h.call('GET', '/v1/persons/D1', { role: null, headers }));
    expect(none.status).toBe(401);
    expect(none.zh.error.message).toBe('请提供 API 密钥，格式为“Authorization: Bearer 密钥”。');
    const wrong = await both((headers) =>
      h.call('GET', '/v1/persons/D1', {
        role: null,
        headers: { ...headers, authorization: 'Bearer nope-nope-nope' },
      }),
    );
    expect(wrong.zh.error).toMatchObject({
      code: 'unknown_api_key',
      message: 'API 密钥无效或未登记。',
    });
  });

  it('403 forbidden names the role in the reader’s words', async () => {
    const h = await api();
    const { zh } = await both((headers) =>
      h.call('GET', '/v1/phones/%2B8613912345678/links', { role: 'collector', headers }),
    );
    expect(zh.error.code).toBe('forbidden');
    expect(zh.error.message).toBe('催收员角色无权使用此接口（需要 links:read 权限）。');
  });

  it('413 body_too_large names the limit', async () => {
    const h = await api({ limits: { bodyBytes: 64 } });
    const big: CallOptions = { raw: 'x'.repeat(1000) };
    const { zh, en, status } = await both((headers) =>
      h.call('POST', '/v1/persons', {
        ...big,
        headers: { ...headers, 'content-type': 'application/json' },
      }),
    );
    expect(status).toBe(413);
    expect(zh.error).toMatchObject({ code: 'body_too_large', params: { maxBytes: '64' } });
    expect(zh.error.message).toBe('请求正文超过 64 字节的上限。');
    expect(en.error.message).toBe('the request body is larger than 64 bytes');
  });

  it('429 rate_limited, with Retry-After', async () => {
    const h = await api({ limits: { ratePerMinute: 1 } });
    await h.call('GET', '/v1/persons/D1');
    const res = await h.call('GET', '/v1/persons/D1', { headers: ZH });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    const { error } = (await res.json()) as ErrorAnswer;
    expect(error.code).toBe('rate_limited');
    expect(error.message).toMatch(/^此 API 密钥每分钟请求已超过 1 次，请 \d+ 秒后再试。$/);
  });
});

describe('outreach errors in the reader’s language', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ now: new Date('2026-11-20T15:30:00Z') });
  });
  afterAll(async () => svc.close());

  const night = (headers: Record<string, string>, extra: Record<string, unknown> = {}) =>
    callApp(svc.app, 'POST', '/v1/outreach', {
      role: 'collector',
      headers,
      body: {
        accountId: 'ACC-CN-001-1',
        channel: 'sms',
        to: '+8613812345679',
        recipientPersonId: 'CN-001',
        message: '您好，我是安信客服，请回电。',
        idempotencyKey: headers === ZH ? 'night-key-zh-0001' : 'night-key-en-0001',
        ...extra,
      },
    });

  it('415 http_415 names the Content-Type sent, or that none was', async () => {
    // Bytes, not a string: a string body would be given text/plain by the Request itself.
    const body = new TextEncoder().encode('{"accountId":"ACC-CN-001-1"}');
    const send = (contentType: string | undefined) => async (headers: Record<string, string>) =>
      svc.app.request('/v1/guard/check', {
        method: 'POST',
        body,
        headers: {
          ...headers,
          authorization: `Bearer ${KEYS.collector}`,
          ...(contentType ? { 'content-type': contentType } : {}),
        },
      });
    const typed = await both(send('text/plain; charset=utf-8'));
    expect(typed.status).toBe(415);
    expect(typed.zh.error).toMatchObject({
      code: 'http_415',
      params: { contentType: 'text/plain' },
      message:
        '此接口不接受 text/plain 类型的请求正文，请按接口声明的 Content-Type 发送（JSON 正文为 application/json）。',
    });
    expect(typed.en.error.message).toBe(
      'this route does not take a text/plain body; send the Content-Type it declares (application/json for a JSON body)',
    );
    const bare = await both(send(undefined));
    expect(bare.status).toBe(415);
    expect(bare.zh.error).toMatchObject({ code: 'http_415', params: { contentType: 'none' } });
    expect(bare.zh.error.message).toBe(
      '请求正文未注明 Content-Type，请按此接口声明的类型发送（JSON 正文为 application/json）。',
    );
    expect(bare.en.error.message).toBe(
      'the request body has no Content-Type; send the one this route declares (application/json for a JSON body)',
    );
  });

  it('403 guard_denied is worded wholly in Chinese, top line and rules alike', async () => {
    const { zh, en, status } = await both((headers) => night(headers));
    expect(status).toBe(403);
    expect(zh.error.code).toBe('guard_denied');
    expect(zh.error.message).toMatch(
      /^合规校验未通过（cn\.hours(、[a-z0-9_.]+)*和[a-z0-9_.]+），未发送任何内容。$/,
    );
    expect(en.error.message).toMatch(/^the guard denied this outreach \(.+\); nothing was sent$/);
    const rules = (zh.error.details as { rules: { reason: string }[] }).rules;
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.reason).toMatch(HAN);
  });

  it('409 idempotency_key_reused for the same key with another request', async () => {
    const { zh, status } = await both((headers) => night(headers, { message: '您好，请回电。' }));
    expect(status).toBe(409);
    expect(zh.error).toMatchObject({
      code: 'idempotency_key_reused',
      message: '此幂等键已用于另一个不同的请求，请换用新的幂等键。',
    });
  });
});
