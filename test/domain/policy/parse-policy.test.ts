import { describe, expect, it } from 'vitest';
import { coversJurisdiction } from '../../../src/domain/policy/jurisdiction.js';
import { parsePolicy } from '../../../src/domain/policy/parse-policy.js';
import { combinedVersion, policyVersionOf } from '../../../src/domain/policy/policy-version.js';

const valid = `id: p1
name: Test
appliesTo:
  jurisdictions: [US]
rules:
  - id: hours
    type: time_window
    from: "08:00"
    to: "21:00"
`;

describe('parsePolicy', () => {
  it('accepts a valid policy and versions it by the SHA-256 of its text', () => {
    const r = parsePolicy('p1.yaml', valid);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.loaded.version).toBe(policyVersionOf(valid));
      expect(r.loaded.version).toMatch(/^[0-9a-f]{12}$/);
      expect(r.loaded.policy.rules[0]).toMatchObject({
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        holidays: [],
      });
    }
    expect(policyVersionOf(`${valid} `)).not.toBe(policyVersionOf(valid));
  });

  it('reports every problem with file, path, line and column', () => {
    const text = `id: p1
name: Test
appliesTo:
  jurisdictions: [usa]
rules:
  - id: hours
    type: time_window
    from: "8am"
    to: "21:00"
  - id: hours
    type: frequency_cap
    scope: account
    max: -1
    window: 7 days
    maxx: 3
  - id: words
    type: banned_language
    phrases:
      - category: threat
        terms: ["  ...  "]
`;
    const r = parsePolicy('bad.yaml', text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p]));
    expect(byPath['appliesTo.jurisdictions[0]']).toMatchObject({
      file: 'bad.yaml',
      line: 4,
      column: 19,
    });
    expect(byPath['rules[0].from']).toMatchObject({ line: 8, message: 'a time like "08:00"' });
    expect(byPath['rules[1].max']).toMatchObject({ line: 13 });
    expect(byPath['rules[1].window']).toMatchObject({ line: 14 });
    expect(byPath['rules[1]']?.message).toContain('maxx'); // unknown keys are errors, not silently dropped
    expect(byPath['rules[1].id']).toMatchObject({ message: 'duplicate rule id "hours"', line: 10 });
    expect(byPath['rules[2].phrases[0].terms[0]']).toMatchObject({ line: 20 });
  });

  it('reports YAML syntax errors with their line', () => {
    const r = parsePolicy('broken.yaml', 'id: p1\nrules:\n  - id: a\n   type: x\n');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toMatchObject({
        file: 'broken.yaml',
        code: expect.stringMatching(/^yaml_/),
        line: expect.any(Number),
      });
  });

  it('rejects a document that is not a mapping', () => {
    const r = parsePolicy('list.yaml', '- a\n- b\n');
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['policy_not_a_mapping']);
  });
});

describe('jurisdictions and versions', () => {
  it('a prefix covers its subdivisions only', () => {
    expect(coversJurisdiction('US', 'US-CA')).toBe(true);
    expect(coversJurisdiction('US', 'US')).toBe(true);
    expect(coversJurisdiction('US-CA', 'US')).toBe(false);
    expect(coversJurisdiction('U', 'US')).toBe(false);
    expect(coversJurisdiction('*', 'CN')).toBe(true);
  });

  it('a decision names every applicable policy version, sorted', () => {
    expect(
      combinedVersion([
        { id: 'b', version: '2' },
        { id: 'a', version: '1' },
      ]),
    ).toBe('a@1+b@2');
    expect(combinedVersion([])).toBe('none');
  });
});
