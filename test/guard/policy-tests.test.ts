import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { policyJsonSchema } from '../../scripts/gen-policy-schema.js';
import { formatReport, runPolicyTests } from '../../src/app/policy/policy-test-runner.js';
import { runPolicyCommand } from '../../src/cli/commands/policy.js';

/** A scratch policies/ directory with the reference policies and one test file. */
function scratchDir(testFile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'skipgraph-policies-'));
  mkdirSync(join(dir, 'tests'));
  for (const f of ['us-reg-f.yaml', 'cn-collection.yaml'])
    copyFileSync(join('policies', f), join(dir, f));
  writeFileSync(join(dir, 'tests', 'case.yaml'), testFile);
  return dir;
}

function captureOutput(): { text: () => string } {
  let out = '';
  const write = (chunk: string | Uint8Array): boolean => {
    out += String(chunk);
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(write);
  vi.spyOn(process.stderr, 'write').mockImplementation(write);
  return { text: () => out };
}

afterEach(() => vi.restoreAllMocks());

describe('policy tests beside the policies', () => {
  it('all pass, at least 40 cases across both reference policies', async () => {
    const report = await runPolicyTests('policies');
    expect(formatReport(report)).not.toContain('FAIL');
    expect(report.problems).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.results.length).toBeGreaterThanOrEqual(40);
    const files = new Set(report.results.map((r) => r.file));
    expect([...files].sort()).toEqual([
      'policies/tests/au-accc-asic.yaml',
      'policies/tests/cn-collection.yaml',
      'policies/tests/cn-content.yaml',
      'policies/tests/cn-visits-sources.yaml',
      'policies/tests/ie-consumer-credit.yaml',
      'policies/tests/us-ma.yaml',
      'policies/tests/us-ny-nyc.yaml',
      'policies/tests/us-reg-f-content.yaml',
      'policies/tests/us-reg-f.yaml',
      'policies/tests/us-wa.yaml',
    ]);
  });

  it('`skipgraph policy test` exits 0 on the committed tests', async () => {
    const out = captureOutput();
    expect(await runPolicyCommand(['test', 'policies'])).toBe(0);
    expect(out.text()).toMatch(/PASS: \d+\/\d+/);
  });

  it('fails loudly, with file:line and an expected/actual diff, when a case is broken on purpose', async () => {
    const broken = readFileSync('policies/tests/cn-collection.yaml', 'utf8').replace(
      'expect: { outcome: allow, rules: [] }\n\n  - name: 晚上9:30',
      'expect: { outcome: deny, rules: [cn.hours] }\n\n  - name: 晚上9:30',
    );
    expect(broken).not.toBe(readFileSync('policies/tests/cn-collection.yaml', 'utf8'));
    const dir = scratchDir(broken);
    const out = captureOutput();
    expect(await runPolicyCommand(['test', dir])).toBe(1);
    const text = out.text();
    expect(text).toMatch(/FAIL .*case\.yaml:\d+ 早上8:00可以致电/);
    expect(text).toContain('- outcome: deny');
    expect(text).toContain('+ outcome: allow');
    expect(text).toContain('- rules: [cn.hours]');
    expect(text).toMatch(/FAIL: 1\/\d+/);
  });

  it('a case may name the verdict codes it expects; a wrong code is a failure with its diff', async () => {
    const file = (codes: string): string =>
      `policies: [us-reg-f.yaml]\ndefaults:\n  account: { jurisdiction: US-CA }\ncases:\n  - name: too early\n    at: "2026-03-03T07:30:00-08:00"\n    to: "+14155550100"\n    expect: { outcome: deny, rules: [us.hours], codes: [${codes}] }\n`;
    expect((await runPolicyTests(scratchDir(file('outside_hours')))).failed).toBe(0);
    const report = await runPolicyTests(scratchDir(file('cap_exceeded')));
    expect(report.failed).toBe(1);
    expect(report.results[0]?.diff).toEqual(
      expect.arrayContaining(['- codes: [cap_exceeded]', '+ codes: [outside_hours]']),
    );
  });

  it('reports an unreadable test file as an error, not a pass', async () => {
    const dir = scratchDir(
      'policies: [us-reg-f.yaml]\ncases:\n  - name: missing fields\n    at: yesterday\n',
    );
    const report = await runPolicyTests(dir);
    expect(report.failed).toBeGreaterThan(0);
    expect(report.problems[0]).toMatchObject({ line: expect.any(Number) });
  });

  it('a missing directory is an error with exit code 1, not a crash', async () => {
    const out = captureOutput();
    expect(await runPolicyCommand(['test', join(tmpdir(), 'no-such-policies-dir')])).toBe(1);
    expect(out.text()).toContain('policy_tests_unreadable');
  });

  it('`skipgraph policy lint` prints problems with line numbers and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skipgraph-lint-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'id: bad\nname: Bad\nappliesTo:\n  jurisdictions: [US]\nrules:\n  - id: hours\n    type: time_window\n    from: "8am"\n    to: "21:00"\n',
    );
    const out = captureOutput();
    expect(await runPolicyCommand(['lint', file])).toBe(1);
    expect(out.text()).toContain(`${file}:8:11 rules[0].from: a time like "08:00"`);
  });

  it('`skipgraph policy lint` accepts the reference policies', async () => {
    const out = captureOutput();
    expect(
      await runPolicyCommand(['lint', 'policies/us-reg-f.yaml', 'policies/cn-collection.yaml']),
    ).toBe(0);
    expect(out.text()).toContain('us-reg-f@');
  });
});

describe('policies/schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run scripts/gen-policy-schema.ts after changing it)', () => {
    expect(readFileSync('policies/schema.json', 'utf8')).toBe(policyJsonSchema());
  });
});
