import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

describe('a known path asked with the wrong method', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness();
  });
  afterAll(async () => svc.close());

  it('answers 405 method_not_allowed with the methods the path takes in Allow', async () => {
    const res = await svc.call('GET', '/v1/guard/check');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    const body = (await res.json()) as { error: { code: string; details: { allowed: string[] } } };
    expect(body.error.code).toBe('method_not_allowed');
    expect(body.error.details.allowed).toEqual(['POST']);
  });
  it('names every method of a path with parameters', async () => {
    const res = await svc.call('DELETE', '/v1/persons/US-001/requests');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
  });
  it('words the answer in the reader’s language', async () => {
    const res = await svc.call('GET', '/v1/guard/check?lang=zh-CN');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('method_not_allowed');
    expect(body.error.message).toBe('/v1/guard/check 不支持 GET 请求；可用的方法：POST。');
  });
  it('still answers 404 route_not_found for a path no method takes', async () => {
    const res = await svc.call('POST', '/v1/nowhere', { body: {} });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('route_not_found');
  });
});
