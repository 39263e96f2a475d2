import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/domain/policy/parse-policy.js';
import { readYaml } from '../../src/domain/policy/read-yaml.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';
import { aliasBomb, deepBlock, deepFlow } from './yaml-bombs.js';

type ErrorBody = { error: { code: string; message: string; details?: { code: string }[] } };

describe('YAML limits', () => {
  it('refuses an alias-expanding document with a located problem instead of throwing', () => {
    const r = readYaml('bomb.yaml', aliasBomb());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual(['yaml_too_many_aliases']);
  });

  it('refuses documents nested past the depth limit, flow or block', () => {
    const codes = [deepFlow(500), deepBlock(200), deepFlow(50_000)].map((text) => {
      const r = readYaml('deep.yaml', text);
      return r.ok ? 'read' : r.problems.map((p) => p.code).join(',');
    });
    expect(codes).toEqual(['yaml_too_deep', 'yaml_too_deep', 'yaml_resource_exhaustion']);
    expect(readYaml('fine.yaml', deepBlock(30)).ok).toBe(true);
  });

  it('refuses text over the size limit before parsing it', () => {
    const r = readYaml('big.yaml', `a: "${'x'.repeat(2 * 1024 * 1024)}"\n`);
    expect(!r.ok && r.problems[0]?.code).toBe('yaml_too_large');
  });

  it('still reads a few aliases and the reference policies', () => {
    const r = readYaml('ok.yaml', 'base: &b {x: 1}\nuse: [*b, *b]\n');
    expect(r.ok && r.data).toEqual({ base: { x: 1 }, use: [{ x: 1 }, { x: 1 }] });
    expect(parsePolicy('bomb.yaml', aliasBomb()).ok).toBe(false);
  });
});

describe('YAML limits at the edges', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ demo: false });
  });
  afterAll(async () => svc.close());

  it('POST /v1/policies/validate answers 400 yaml_limit_exceeded for an expanding document', async () => {
    const res = await svc.call('POST', '/v1/policies/validate', {
      raw: aliasBomb(),
      contentType: 'application/yaml',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('yaml_limit_exceeded');
    expect(body.error.details?.[0]?.code).toBe('yaml_too_many_aliases');
  });

  it('POST /v1/policies/simulate answers 400 yaml_limit_exceeded for a deep document', async () => {
    const res = await svc.call('POST', '/v1/policies/simulate', {
      body: { policy: deepBlock(100), from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.code).toBe('yaml_limit_exceeded');
  });

  it('skipgraph policy lint reports the limit with its code and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bomb-'));
    const file = join(dir, 'bomb.yaml');
    writeFileSync(file, aliasBomb());
    const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'policy', 'lint', file], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bomb\.yaml:1:1 .*\[yaml_too_many_aliases\]/);
  });
});
