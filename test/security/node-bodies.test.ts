import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, stopAccepting } from '../../src/node/http-listener.js';
import { KEYS } from '../support/api-harness.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

type Server = Awaited<ReturnType<typeof listen>>['server'];

const LIMIT = 4096;

/** A POST whose body goes out in the given pieces (chunked unless a length is declared). */
function post(
  port: number,
  path: string,
  pieces: Buffer[],
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: {
          authorization: `Bearer ${KEYS.collector}`,
          'content-type': 'application/json',
          ...headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    let i = 0;
    const next = (): void => {
      const piece = pieces[i++];
      if (piece === undefined) req.end();
      else req.write(piece, () => setTimeout(next, 5));
    };
    next();
  });
}

const CHECK = {
  accountId: 'ACC-CN-001-1',
  channel: 'sms',
  to: '+8613812345679',
  recipientPersonId: 'CN-001',
  message: '您好，我是安信客服，请回电。',
  at: '2026-11-20T23:30:00+08:00',
};

describe('request bodies read from Node’s own stream', () => {
  let server: Server;
  let port: number;
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ limits: { bodyBytes: LIMIT } });
    ({ server, port } = await listen(svc.app.fetch, { host: '127.0.0.1', port: 0 }));
  });
  afterAll(async () => {
    await stopAccepting(server, 1000);
    await svc.close();
  });

  it('reads a body sent in pieces split inside a character, and answers worded for the reader', async () => {
    const bytes = Buffer.from(JSON.stringify(CHECK));
    const cut = bytes.indexOf(Buffer.from('您')) + 1; // inside the three bytes of 您
    const res = await post(port, '/v1/guard/check', [bytes.subarray(0, cut), bytes.subarray(cut)], {
      'accept-language': 'zh-CN',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(res.headers['x-request-id']).toMatch(/.+/);
    const body = JSON.parse(res.body) as {
      decision: { outcome: string; rules: { id: string; reason: string; nextAllowed?: unknown }[] };
    };
    expect(body.decision.outcome).toBe('deny');
    const hours = body.decision.rules.find((r) => r.id === 'cn.hours');
    expect(hours?.reason).toContain('允许联系时段');
    expect(hours?.nextAllowed).toBeDefined();
  });

  it('refuses a body that is not UTF-8 with 400 invalid_utf8', async () => {
    const json = Buffer.from(JSON.stringify({ ...CHECK, message: 'XX' }));
    const at = json.indexOf(Buffer.from('XX'));
    json[at] = 0xc3; // a lead byte followed by an ASCII byte: no UTF-8 sequence
    const res = await post(port, '/v1/guard/check', [json]);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'invalid_utf8' } });
  });

  it('answers 413 to a declared length over the limit and to a chunked body that grows past it', async () => {
    const big = Buffer.from(JSON.stringify({ ...CHECK, message: 'x'.repeat(LIMIT) }));
    const declared = await post(port, '/v1/guard/check', [big], {
      'content-length': String(big.byteLength),
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ error: { code: 'body_too_large' } });
    expect(declared.headers.connection).toBe('close');
    const pieces = [big.subarray(0, 3000), big.subarray(3000)];
    const chunked = await post(port, '/v1/guard/check', pieces);
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toMatchObject({ error: { code: 'body_too_large' } });
    expect(chunked.headers.connection).toBe('close');
  });
});
