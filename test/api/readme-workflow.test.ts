import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

/** The JSON bodies the README's curl workflow sends to a path, in order. */
function readmeBodies(path: string): Record<string, unknown>[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const workflow = readme.slice(readme.indexOf("## A collector's workflow with curl"));
  const calls = workflow
    .split(/\ncurl /)
    .filter((c) => c.includes(` localhost:8787${path} `) || c.includes(` localhost:8787${path}\\`));
  return calls.map(
    (c) => JSON.parse(/-d '([^']+)'/.exec(c)?.[1] ?? 'null') as Record<string, unknown>,
  );
}

describe("the README's collector workflow", () => {
  let svc: ServiceHarness;
  // 11:00 in New York, inside the hours the README names.
  beforeAll(async () => {
    svc = await serviceHarness({ now: new Date('2026-12-07T16:00:00Z') });
  });
  afterAll(async () => svc.close());

  it('step 2: the message it checks is allowed, as it says', async () => {
    const [body] = readmeBodies('/v1/guard/check');
    expect(body).toBeDefined();
    const res = await svc.call('POST', '/v1/guard/check', { role: 'collector', body });
    const { decision } = (await res.json()) as { decision: { outcome: string; rules: unknown[] } };
    expect(decision).toMatchObject({ outcome: 'allow', rules: [] });
  });
});
