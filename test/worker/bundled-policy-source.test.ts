import { describe, expect, it } from 'vitest';
import { BUNDLED_POLICIES } from '../../src/worker/bundled-policies.js';
import { BundledPolicySource } from '../../src/worker/bundled-policy-source.js';

describe('policies bundled into the Worker, compiled', () => {
  it('every bundled policy compiles, with its version and rules', () => {
    const source = new BundledPolicySource(BUNDLED_POLICIES, new Date('2026-03-10T00:00:00Z'));
    const snap = source.snapshot();
    expect(snap.errors).toEqual([]);
    expect(source.current().map((p) => p.file)).toEqual(BUNDLED_POLICIES.map((p) => p.file));
    for (const p of snap.policies) {
      expect(p.version).toMatch(/^[0-9a-f]{8,}$/);
      expect(p.rules.length).toBeGreaterThan(0);
    }
    expect(snap).toMatchObject({ dir: 'bundled', loadedAt: '2026-03-10T00:00:00.000Z' });
  });

  it('leaves out an invalid file and a duplicate id, reporting both; the valid one stays in force', () => {
    const good = BUNDLED_POLICIES[0];
    if (!good) throw new Error('no bundled policy to test with');
    const source = new BundledPolicySource([
      good,
      { file: 'broken.yaml', text: 'id: [unclosed' },
      { file: 'copy.yaml', text: good.text },
    ]);
    expect(source.current().map((p) => p.file)).toEqual([good.file]);
    const codes = source.snapshot().errors.map((e) => `${e.file}:${e.code}`);
    expect(codes).toContain('copy.yaml:policy_duplicate_id');
    expect(codes.some((c) => c.startsWith('broken.yaml:'))).toBe(true);
  });

  it('with no policies there is nothing in force (the guard then denies)', () => {
    expect(new BundledPolicySource([]).current()).toEqual([]);
  });
});
