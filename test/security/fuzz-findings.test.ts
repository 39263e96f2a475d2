import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

/** Cases the API fuzzing found, kept as plain tests so they stay fixed without schemathesis. */
describe('answers the fuzzer found wrong', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ demo: false });
  });
  afterAll(async () => svc.close());

  it('a phone path parameter with a literal "%" is a 400, not a 500', async () => {
    const res = await svc.call('GET', '/v1/phones/%C3%A0N%C3%BE%25/links');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'phone_unparseable',
    );
  });

  it('documents the 400, 413 and 415 the edge answers before a route runs', async () => {
    const doc = (await (await svc.app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(Object.keys(doc.paths['/v1/persons/{id}']?.get?.responses ?? {})).toContain('400');
    const simulate = Object.keys(doc.paths['/v1/policies/simulate']?.post?.responses ?? {});
    expect(simulate).toEqual(expect.arrayContaining(['400', '413', '415']));
    // A body the route parses itself is gated by its Content-Type; an import's text is not.
    expect(Object.keys(doc.paths['/v1/guard/check']?.post?.responses ?? {})).toContain('415');
    expect(Object.keys(doc.paths['/v1/ingest']?.post?.responses ?? {})).not.toContain('415');
    expect(Object.keys(doc.paths['/v1/persons/{id}']?.get?.responses ?? {})).not.toContain('415');
  });

  it('a worklist or promise ledger "as of" a year before 1000 is a 400, not a 500', async () => {
    for (const path of ['/v1/worklist', '/v1/accounts/A1/promises']) {
      const res = await svc.call('GET', `${path}?at=0375-04-21T20:05:31Z`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
    }
  });
});
