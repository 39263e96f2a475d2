import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeAssets } from '../../src/node/node-assets.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

describe('OpenAPI document and docs', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ demo: false });
  });
  afterAll(async () => svc.close());

  it('/openapi.json validates as OpenAPI 3 and names a bearer scheme', async () => {
    const doc = (await (await svc.call('GET', '/openapi.json', { role: null })).json()) as Record<
      string,
      unknown
    >;
    expect(String(doc.openapi)).toMatch(/^3\./);
    // validate() checks the document against the OpenAPI 3 JSON schema and resolves every $ref.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    expect(JSON.stringify(doc)).toContain('"bearer"');
    // The validator does reject a broken document.
    const broken = structuredClone(doc) as Record<string, unknown>;
    delete broken.info;
    await expect(SwaggerParser.validate(broken as never)).rejects.toThrow();
  });

  it('the Decision schema gives every verdict its kind, code and params', async () => {
    const doc = (await (await svc.call('GET', '/openapi.json', { role: null })).json()) as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const decision = doc.components.schemas.Decision ?? { properties: {} };
    expect(Object.keys(decision.properties)).toContain('errors');
    const verdict = (decision.properties.rules as { items: { required: string[] } }).items;
    expect(verdict.required).toEqual(expect.arrayContaining(['kind', 'code', 'params', 'reason']));
  });

  it('/docs serves the Swagger UI page and its assets from the package, not a CDN', async () => {
    const { createApp } = await import('../../src/api/app.js');
    const app = createApp(svc.deps, { assets: nodeAssets() });
    const page = await (await app.request('/docs')).text();
    expect(page).toContain('/openapi.json');
    expect(page).not.toMatch(/https?:\/\//);
    const js = await app.request('/docs/assets/swagger-ui-bundle.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await app.request('/docs/assets/..%2Fpackage.json')).status).toBe(404);
  });
});
