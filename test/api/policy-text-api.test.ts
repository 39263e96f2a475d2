import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { policiesModule } from '../../src/api/routes/policies.js';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { apiHarness } from '../support/api-harness.js';

const RULES =
  'appliesTo:\n  jurisdictions: [CN]\nrules:\n  - id: r.hours\n    type: time_window\n    from: "08:00"\n    to: "21:00"\n';
const PLAIN = `id: plain\nname: One name for all\ndescription: Written once.\n${RULES}`;
const BY_LANG = `id: by-lang\nname:\n  zh-CN: 中文名称\n  en: English name\ndescription:\n  zh-CN: 中文说明\n${RULES}`;

interface Summary {
  id: string;
  name: unknown;
  description?: unknown;
}

describe('policy names and descriptions over the API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skipgraph-test-policy-text-'));
  writeFileSync(join(dir, 'plain.yaml'), PLAIN);
  writeFileSync(join(dir, 'by-lang.yaml'), BY_LANG);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function api() {
    const store = await openSqliteStore(':memory:');
    const registry = await PolicyRegistry.open(dir, { watch: false });
    return apiHarness(store, { app: { modules: [policiesModule({ registry })] } });
  }

  it('GET /v1/policies answers a plain text as written and a text per language as a map', async () => {
    const res = await (await api()).call('GET', '/v1/policies', { role: 'compliance' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { policies: Summary[]; errors: unknown[] };
    expect(body.errors).toEqual([]);
    const byId = Object.fromEntries(body.policies.map((p) => [p.id, p]));
    expect(byId.plain).toMatchObject({ name: 'One name for all', description: 'Written once.' });
    expect(byId['by-lang']).toMatchObject({
      name: { 'zh-CN': '中文名称', en: 'English name' },
      description: { 'zh-CN': '中文说明' },
    });
  });

  it('POST /v1/policies/validate answers both forms, and words an empty map as a problem', async () => {
    const h = await api();
    const validate = async (yaml: string) => {
      const res = await h.call('POST', '/v1/policies/validate', {
        role: 'compliance',
        raw: yaml,
        headers: { 'content-type': 'application/yaml', 'accept-language': 'zh-CN' },
      });
      expect(res.status).toBe(200);
      return (await res.json()) as {
        valid: boolean;
        policy?: Summary;
        problems: { path: string; code: string; message: string }[];
      };
    };
    expect((await validate(PLAIN)).policy?.name).toBe('One name for all');
    expect((await validate(BY_LANG)).policy).toMatchObject({
      name: { 'zh-CN': '中文名称', en: 'English name' },
      description: { 'zh-CN': '中文说明' },
    });
    const empty = await validate(
      BY_LANG.replace(/name:\n {2}zh-CN: 中文名称\n {2}en: English name/, 'name: {}'),
    );
    expect(empty.valid).toBe(false);
    expect(empty.problems).toMatchObject([{ path: 'name', code: 'policy_custom' }]);
    expect(empty.problems[0]?.message).toContain('按语言书写的文字至少要有');
    const french = await validate(BY_LANG.replace('  en: English name', '  fr: Nom'));
    expect(french.problems).toMatchObject([{ path: 'name', code: 'policy_unrecognized_keys' }]);
  });

  it('documents both forms in the OpenAPI schema', async () => {
    const doc = (await (
      await (await api()).call('GET', '/openapi.json', { role: null })
    ).json()) as {
      components: { schemas: Record<string, { anyOf?: unknown[]; description?: string }> };
    };
    const text = doc.components.schemas.PolicyText;
    expect(text?.anyOf).toHaveLength(2);
    expect(text?.description).toMatch(/plain string.*per language/);
  });
});
