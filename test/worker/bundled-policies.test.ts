import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BUNDLED_POLICIES } from '../../src/worker/bundled-policies.js';
import { bundledPoliciesModule, isPolicyFile } from '../../src/worker/policy-bundle.js';

const POLICIES = new URL('../../policies/', import.meta.url);

describe('policies bundled into the Worker', () => {
  it('src/worker/bundled-policies.ts holds exactly the policy files in policies/ (run scripts/build-worker-assets.ts when not)', async () => {
    const names = (await readdir(POLICIES, { withFileTypes: true }))
      .filter((e) => e.isFile() && isPolicyFile(e.name))
      .map((e) => e.name);
    const files = await Promise.all(
      names.map(async (file) => ({ file, text: await readFile(new URL(file, POLICIES), 'utf8') })),
    );
    expect(
      await readFile(new URL('../../src/worker/bundled-policies.ts', import.meta.url), 'utf8'),
    ).toBe(bundledPoliciesModule(files));
    expect(BUNDLED_POLICIES.map((p) => p.file)).toEqual([...names].sort());
  });

  it('bundles top-level YAML only, sorted, texts kept exactly', () => {
    expect(
      ['a.yaml', 'b.YML', 'tests/x.yaml', 'notes.md', 'c.yaml.bak'].filter(isPolicyFile),
    ).toEqual(['a.yaml', 'b.YML']);
    const text = bundledPoliciesModule([
      { file: 'z.yaml', text: 'id: z\nreason: "quoted" \\ back\n' },
      { file: 'a.yaml', text: 'id: a\n' },
    ]);
    expect(text.indexOf('"a.yaml"')).toBeLessThan(text.indexOf('"z.yaml"'));
    expect(text).toContain(JSON.stringify('id: z\nreason: "quoted" \\ back\n'));
  });
});
