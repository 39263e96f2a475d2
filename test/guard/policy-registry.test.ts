import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicyRegistry, type PolicySnapshot } from '../../src/app/policy/policy-registry.js';
import { validatePolicyText } from '../../src/app/policy/validate-policy.js';
import { decide } from '../../src/domain/guard/decide.js';
import { scenario } from './guard-fixtures.js';

const opened: PolicyRegistry[] = [];
afterEach(() => {
  for (const r of opened.splice(0)) r.close();
});

function policyText(from: string): string {
  return `id: hours\nname: Hours\nappliesTo:\n  jurisdictions: [US]\nrules:\n  - id: hours\n    type: time_window\n    from: "${from}"\n    to: "21:00"\n`;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'skipgraph-registry-'));
}

/** Resolves with the next snapshot a watched registry publishes that satisfies `done`. */
function nextReload(
  reloads: PolicySnapshot[],
  done: (s: PolicySnapshot) => boolean,
): Promise<PolicySnapshot> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = (): void => {
      const hit = reloads.find(done);
      if (hit) resolve(hit);
      else if (Date.now() - started > 5_000) reject(new Error('no reload within 5 s'));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

describe('PolicyRegistry', () => {
  it('loads the reference policies with version hashes and no errors', async () => {
    const registry = await PolicyRegistry.open('policies', { watch: false });
    opened.push(registry);
    const snap = registry.snapshot();
    expect(snap.errors).toEqual([]);
    expect(snap.policies.map((p) => p.id).sort()).toEqual([
      'au-accc-asic',
      'cn-collection',
      'ie-consumer-credit',
      'us-ma',
      'us-ny-nyc',
      'us-reg-f',
      'us-wa',
    ]);
    for (const p of snap.policies) expect(p.version).toMatch(/^[0-9a-f]{12}$/);
    expect(registry.current()).toHaveLength(7);
  });

  it('keeps the last good version when a file becomes invalid, shows the error, and takes a fixed file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hours.yaml'), policyText('08:00'));
    const registry = await PolicyRegistry.open(dir, { watch: false });
    opened.push(registry);
    const good = registry.snapshot().policies[0]?.version;

    writeFileSync(join(dir, 'hours.yaml'), policyText('8 o’clock'));
    const broken = await registry.reload();
    expect(broken.policies).toEqual([
      expect.objectContaining({ id: 'hours', version: good, stale: true }),
    ]);
    expect(broken.errors).toEqual([
      expect.objectContaining({ file: 'hours.yaml', path: 'rules[0].from', line: 8 }),
    ]);
    expect(registry.current()).toHaveLength(1);

    writeFileSync(join(dir, 'hours.yaml'), policyText('09:00'));
    const fixed = await registry.reload();
    expect(fixed.errors).toEqual([]);
    expect(fixed.policies[0]?.version).not.toBe(good);
    expect(fixed.policies[0]?.stale).toBe(false);
  });

  it('an invalid new file never loads; with no valid policy the guard denies', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.yaml'), 'id: x\nrules: [\n');
    const registry = await PolicyRegistry.open(dir, { watch: false });
    opened.push(registry);
    expect(registry.current()).toEqual([]);
    expect(registry.snapshot().errors[0]).toMatchObject({
      file: 'broken.yaml',
      code: expect.stringMatching(/^yaml_/),
    });
    const { request, context } = scenario();
    expect(
      decide(request, context, registry.current(), new Date('2026-03-03T20:00:00Z')).rules[0]?.id,
    ).toBe('guard.no_policy');
  });

  it('a deleted file is removed; a duplicate policy id is reported and ignored', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), policyText('08:00'));
    writeFileSync(join(dir, 'b.yaml'), policyText('09:00'));
    const registry = await PolicyRegistry.open(dir, { watch: false });
    opened.push(registry);
    expect(registry.snapshot().errors).toEqual([
      expect.objectContaining({ file: 'b.yaml', code: 'policy_duplicate_id' }),
    ]);
    expect(registry.current().map((p) => p.file)).toEqual(['a.yaml']);
    rmSync(join(dir, 'a.yaml'));
    await registry.reload();
    expect(registry.current().map((p) => p.file)).toEqual(['b.yaml']);
  });

  it('watches the directory: a changed valid file takes effect without restart', async () => {
    const dir = tempDir();
    copyFileSync('policies/us-reg-f.yaml', join(dir, 'us-reg-f.yaml'));
    const reloads: PolicySnapshot[] = [];
    const registry = await PolicyRegistry.open(dir, {
      debounceMs: 30,
      onReload: (s) => reloads.push(s),
    });
    opened.push(registry);
    const first = registry.snapshot().policies[0]?.version;
    writeFileSync(join(dir, 'extra.yaml'), policyText('08:00'));
    const snap = await nextReload(reloads, (s) => s.policies.some((p) => p.id === 'hours'));
    expect(snap.policies.find((p) => p.id === 'us-reg-f')?.version).toBe(first);
    expect(
      registry
        .current()
        .map((p) => p.id)
        .sort(),
    ).toEqual(['hours', 'us-reg-f']);
  });
});

describe('validatePolicyText', () => {
  it('returns the version for a valid policy and every problem for an invalid one', () => {
    expect(validatePolicyText(policyText('08:00'))).toMatchObject({
      valid: true,
      problems: [],
      policy: { id: 'hours', version: expect.stringMatching(/^[0-9a-f]{12}$/) },
    });
    const bad = validatePolicyText(policyText('25:00'));
    expect(bad.valid).toBe(false);
    expect(bad.problems.map((p) => [p.path, p.line])).toEqual([['rules[0].from', 8]]);
  });
});
