import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

/**
 * Redocly's `recommended` ruleset on the service's own OpenAPI document, through the library
 * (@redocly/openapi-core), which has no usage reporting; the Redocly CLI would need
 * REDOCLY_TELEMETRY=off and is not installed.
 */
/** The two probes answer 200 or 503 only (no input, no authentication): they have no 4xx to describe. */
const HEALTH_PROBES_HAVE_NO_4XX = [
  'warn operation-4xx-response #/paths/~1healthz/get/responses',
  'warn operation-4xx-response #/paths/~1readyz/get/responses',
];

describe('the OpenAPI document', () => {
  let svc: ServiceHarness;
  let doc: Record<string, unknown>;
  beforeAll(async () => {
    svc = await serviceHarness({ demo: false });
    doc = (await (await svc.app.request('/openapi.json')).json()) as Record<string, unknown>;
  });
  afterAll(async () => svc.close());

  it("passes Redocly's recommended lint with no error and no warning", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: 'openapi.json',
      config,
    });
    const lines = problems
      .map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}`)
      .filter((line) => !HEALTH_PROBES_HAVE_NO_4XX.includes(line));
    expect(lines).toEqual([]);
  });

  it('names every operation and says how each is authenticated', () => {
    const paths = doc.paths as Record<
      string,
      Record<string, { operationId?: string; security?: unknown[] }>
    >;
    const ops = Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ at: `${method} ${path}`, op })),
    );
    expect(ops.length).toBeGreaterThan(15);
    expect(ops.filter(({ op }) => !op.operationId).map(({ at }) => at)).toEqual([]);
    expect(ops.filter(({ op }) => !Array.isArray(op.security)).map(({ at }) => at)).toEqual([]);
    const ids = ops.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
