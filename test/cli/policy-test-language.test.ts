import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, runPolicyTests } from '../../src/app/policy/policy-test-runner.js';
import { runPolicyCommand } from '../../src/cli/commands/policy.js';

const CASES = `policies: [us-reg-f.yaml]
defaults:
  account: { jurisdiction: US-CA }
cases:
  - name: too early
    at: "2026-03-03T07:30:00-08:00"
    to: "+14155550100"
    expect:
      outcome: allow
      rules: []
      codes: [cap_exceeded]
      nextAllowedAt: "2026-03-03T09:00:00-08:00"
      reasonIncludes: [nonsense]
  - name: mid-morning
    at: "2026-03-03T10:30:00-08:00"
    to: "+14155550100"
    expect: { outcome: allow, rules: [] }
  - name: allowed, yet a next time expected
    at: "2026-03-03T10:30:00-08:00"
    to: "+14155550100"
    expect: { outcome: allow, nextAllowedAt: "2026-03-03T09:00:00-08:00" }
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'skipgraph-policy-report-'));
  mkdirSync(join(dir, 'tests'));
  copyFileSync(join('policies', 'us-reg-f.yaml'), join(dir, 'us-reg-f.yaml'));
  writeFileSync(join(dir, 'tests', 'case.yaml'), CASES);
  writeFileSync(
    join(dir, 'tests', 'broken.yaml'),
    'policies: [us-reg-f.yaml]\ncases:\n  - name: no time\n    at: yesterday\n    to: "+14155550100"\n    expect: { outcome: allow }\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `policy test DIR -v` with the given arguments and environment: exit code and lines, the directory as D. */
async function policyTest(args: string[], env: NodeJS.ProcessEnv) {
  const chunks: string[] = [];
  const io = { out: (t: string) => void chunks.push(t), err: (t: string) => void chunks.push(t) };
  const code = await runPolicyCommand(['test', dir, '-v', ...args], io, env);
  const text = chunks.join('');
  return {
    code,
    text,
    lines: text.split('\n').map((l) => l.replace(relative(process.cwd(), dir), 'D')),
  };
}

describe('skipgraph policy test in the officer’s language', () => {
  it('keeps its English report as it was: opa-style keywords, diff labels and the guard’s reasons', async () => {
    const en = await policyTest(['--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(en.code).toBe(1);
    expect(en.text).toBe(formatReport(await runPolicyTests(dir), true));
    expect(en.lines).toEqual([
      'ERROR D/tests/broken.yaml:4:9 cases.0.at: an ISO-8601 time with offset, e.g. "2026-03-03T07:30:00-08:00" [test_custom]',
      'FAIL D/tests/case.yaml:5 too early',
      '    - outcome: allow',
      '    + outcome: deny',
      '    - rules: []',
      '    + rules: [us.hours]',
      '    - codes: [cap_exceeded]',
      '    + codes: [outside_hours]',
      '    - nextAllowedAt: 2026-03-03T17:00:00.000Z',
      '    + nextAllowedAt: 2026-03-03T16:00:00.000Z',
      '    - a reason including "nonsense"',
      '    + (no such reason)',
      '      us-reg-f/us.hours outside_hours: outside 08:00–21:00 local time in America/Los_Angeles (candidate zones from phone area code: America/Los_Angeles)',
      'PASS D/tests/case.yaml:14 mid-morning',
      'FAIL D/tests/case.yaml:18 allowed, yet a next time expected',
      '    - nextAllowedAt: 2026-03-03T17:00:00.000Z',
      '    + nextAllowedAt: (none)',
      '-'.repeat(80),
      'PASS: 1/3',
      'FAIL: 2/3, ERROR: 1',
      '',
    ]);
  });

  it('words every line in Chinese under LANG=zh_CN.UTF-8, ids, codes and values as written', async () => {
    const zh = await policyTest([], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(1);
    expect(zh.lines).toEqual([
      '错误 D/tests/broken.yaml:4:9 cases.0.at: 应为带时区偏移的 ISO 8601 时间，如“2026-03-03T07:30:00-08:00” [test_custom]',
      '未通过 D/tests/case.yaml:5 too early',
      '    - 预期结论：允许',
      '    + 实际结论：拒绝',
      '    - 预期命中规则：[]',
      '    + 实际命中规则：[us.hours]',
      '    - 预期判定代码：[cap_exceeded]',
      '    + 实际判定代码：[outside_hours]',
      '    - 预期下次可联系时间：2026-03-03T17:00:00.000Z',
      '    + 实际下次可联系时间：2026-03-03T16:00:00.000Z',
      '    - 预期有一条理由包含“nonsense”',
      '    + 实际没有包含该内容的理由',
      '      us-reg-f/us.hours outside_hours：不在对方当地时间 08:00–21:00 的允许联系时段内（北美太平洋时间）；时区依据：号码区号。',
      '通过 D/tests/case.yaml:14 mid-morning',
      '未通过 D/tests/case.yaml:18 allowed, yet a next time expected',
      '    - 预期下次可联系时间：2026-03-03T17:00:00.000Z',
      '    + 实际下次可联系时间：（无）',
      '-'.repeat(80),
      '通过：1/3',
      '未通过：2/3，错误：1',
      '',
    ]);
  });

  it('keeps each case’s English diff for logs and CI, beside its coded lines', async () => {
    const report = await runPolicyTests(dir);
    const early = report.results.find((r) => r.name === 'too early');
    expect(early?.diff[0]).toBe('- outcome: allow');
    expect(early?.diffLines[0]).toMatchObject({
      code: 'policy_test_expected',
      params: { field: 'outcome', value: 'allow' },
    });
  });
});
