import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isNode } from 'yaml';
import { decide } from '../../domain/guard/decide.js';
import type { Decision } from '../../domain/guard/decision.js';
import { issueMessage } from '../../domain/model/issue-message.js';
import { type CompiledPolicy, compilePolicy } from '../../domain/policy/compile-policy.js';
import { parsePolicy } from '../../domain/policy/parse-policy.js';
import { formatProblem, type PolicyProblem } from '../../domain/policy/policy-problem.js';
import { readYaml } from '../../domain/policy/read-yaml.js';
import { type PolicyTestCase, PolicyTestFile, scenarioOf } from './policy-test-case.js';

/** The result of one case: passed, or the differences between expected and actual. */
export interface CaseResult {
  file: string;
  line?: number;
  name: string;
  passed: boolean;
  /** Lines of a unified-style diff: "- expected …" / "+ actual …". */
  diff: string[];
  decision?: Decision;
}

/** Everything a policy test run found: case results and files that could not be run at all. */
export interface PolicyTestReport {
  results: CaseResult[];
  problems: PolicyProblem[];
  passed: number;
  failed: number;
}

/** Finds the tests directory: DIR/tests when it exists, else DIR itself. */
async function testsDirOf(dir: string): Promise<string> {
  const candidate = join(dir, 'tests');
  try {
    if ((await stat(candidate)).isDirectory()) return candidate;
  } catch {
    // no tests/ below: DIR is the tests directory itself
  }
  return dir;
}

async function loadPolicy(
  path: string,
  cache: Map<string, CompiledPolicy | PolicyProblem[]>,
): Promise<CompiledPolicy | PolicyProblem[]> {
  const cached = cache.get(path);
  if (cached) return cached;
  let result: CompiledPolicy | PolicyProblem[];
  try {
    const parsed = parsePolicy(path, await readFile(path, 'utf8'));
    result = parsed.ok ? compilePolicy(parsed.loaded) : parsed.problems;
  } catch (error) {
    result = [
      {
        file: path,
        path: '',
        code: 'policy_unreadable',
        message: error instanceof Error ? error.message : String(error),
        params: { error: error instanceof Error && 'code' in error ? String(error.code) : 'error' },
      },
    ];
  }
  cache.set(path, result);
  return result;
}

function sameInstant(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Date.parse(a) === Date.parse(b);
}

/** Compares a decision with a case's expectation; returns the diff lines (empty when it passes). */
export function diffCase(c: PolicyTestCase, decision: Decision): string[] {
  const diff: string[] = [];
  // A rule with several failed checks gives several verdicts; the case names each failing rule once.
  const ids = [...new Set(decision.rules.map((r) => `${r.policy}\u0000${r.id}`))].map((key) =>
    key.slice(key.indexOf('\u0000') + 1),
  );
  if (decision.outcome !== c.expect.outcome)
    diff.push(`- outcome: ${c.expect.outcome}`, `+ outcome: ${decision.outcome}`);
  if (c.expect.rules) {
    const want = [...c.expect.rules].sort();
    const got = [...ids].sort();
    if (want.join(',') !== got.join(','))
      diff.push(`- rules: [${want.join(', ')}]`, `+ rules: [${got.join(', ')}]`);
  }
  if (c.expect.codes) {
    const want = [...new Set(c.expect.codes)].sort();
    const got = [...new Set(decision.rules.map((r) => r.code))].sort();
    if (want.join(',') !== got.join(','))
      diff.push(`- codes: [${want.join(', ')}]`, `+ codes: [${got.join(', ')}]`);
  }
  if (c.expect.nextAllowedAt !== undefined) {
    const got = decision.rules
      .map((r) => r.nextAllowedAt)
      .filter((t): t is string => t !== undefined);
    const latest = got.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
    if (!sameInstant(c.expect.nextAllowedAt, latest)) {
      diff.push(
        `- nextAllowedAt: ${new Date(c.expect.nextAllowedAt).toISOString()}`,
        `+ nextAllowedAt: ${latest ?? '(none)'}`,
      );
    }
  }
  if (c.expect.categories) {
    const got = new Set(decision.rules.flatMap((r) => (r.matches ?? []).map((m) => m.category)));
    const missing = c.expect.categories.filter((k) => !got.has(k));
    if (missing.length > 0)
      diff.push(
        `- categories: [${c.expect.categories.join(', ')}]`,
        `+ categories: [${[...got].join(', ')}]`,
      );
  }
  if (c.expect.reasonIncludes) {
    const reasons = decision.rules.map((r) => r.reason);
    for (const text of c.expect.reasonIncludes)
      if (!reasons.some((r) => r.includes(text)))
        diff.push(`- a reason including "${text}"`, `+ (no such reason)`);
  }
  if (diff.length > 0)
    for (const r of decision.rules)
      diff.push(`  ${r.policy}/${r.id} ${r.kind === 'error' ? 'ERROR' : r.code}: ${r.reason}`);
  return diff;
}

/**
 * Runs every `*.yaml` test file of DIR/tests (or DIR): loads the policies each names, decides every
 * case and compares with its expectation.
 * @example const report = await runPolicyTests('policies'); process.exitCode = report.failed > 0 ? 1 : 0
 */
export async function runPolicyTests(dir: string): Promise<PolicyTestReport> {
  const testsDir = await testsDirOf(dir);
  const policiesDir = testsDir === dir ? dirname(resolve(dir)) : dir;
  const report: PolicyTestReport = { results: [], problems: [], passed: 0, failed: 0 };
  let files: string[];
  try {
    files = (await readdir(testsDir))
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort();
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
    report.problems.push({
      file: testsDir,
      path: '',
      code: 'policy_tests_unreadable',
      message: `the test directory cannot be read (${code})`,
      params: { error: code },
    });
    report.failed = 1;
    return report;
  }
  const cache = new Map<string, CompiledPolicy | PolicyProblem[]>();
  if (files.length === 0)
    report.problems.push({
      file: testsDir,
      path: '',
      code: 'policy_tests_missing',
      message: 'no *.yaml test files found',
      params: {},
    });
  for (const name of files) await runFile(join(testsDir, name), policiesDir, cache, report);
  report.failed += report.problems.length;
  return report;
}

async function runFile(
  path: string,
  policiesDir: string,
  cache: Map<string, CompiledPolicy | PolicyProblem[]>,
  report: PolicyTestReport,
): Promise<void> {
  const file = relative(process.cwd(), path) || path;
  const text = await readFile(path, 'utf8');
  const read = readYaml(file, text);
  if (!read.ok) {
    report.problems.push(...read.problems);
    return;
  }
  const { doc, lines } = read;
  const parsed = PolicyTestFile.safeParse(read.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const node = doc.getIn(path, true);
      const pos = isNode(node) && node.range ? lines.linePos(node.range[0]) : undefined;
      const problem: PolicyProblem = {
        file,
        path: path.join('.'),
        code: `test_${issue.code}`,
        message: issue.message,
        params: { issue: [issueMessage(issue)] },
      };
      if (pos) {
        problem.line = pos.line;
        problem.column = pos.col;
      }
      report.problems.push(problem);
    }
    return;
  }
  const policies: CompiledPolicy[] = [];
  for (const p of parsed.data.policies) {
    const loaded = await loadPolicy(resolve(policiesDir, p), cache);
    if (Array.isArray(loaded)) {
      report.problems.push(
        ...loaded.map((problem) => ({
          ...problem,
          file: relative(process.cwd(), problem.file) || basename(problem.file),
        })),
      );
      return;
    }
    policies.push(loaded);
  }
  parsed.data.cases.forEach((c, i) => {
    const node = doc.getIn(['cases', i], true);
    const line = isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
    const result: CaseResult = { file, name: c.name, passed: false, diff: [] };
    if (line !== undefined) result.line = line;
    try {
      const { request, context, at } = scenarioOf(c, parsed.data.defaults);
      const decision = decide(request, context, policies, at);
      result.decision = decision;
      result.diff = diffCase(c, decision);
    } catch (error) {
      result.diff = [
        `! the case could not be run: ${error instanceof Error ? error.message : String(error)}`,
      ];
    }
    result.passed = result.diff.length === 0;
    if (result.passed) report.passed++;
    else report.failed++;
    report.results.push(result);
  });
}

/**
 * Renders a report like `opa test`: each failure with its location and diff, then PASS/FAIL counts.
 * With `verbose`, passing cases are listed too; `word` gives a problem's message in the reader's
 * language (default: its English).
 */
export function formatReport(
  report: PolicyTestReport,
  verbose = false,
  word: (problem: PolicyProblem) => string = (problem) => problem.message,
): string {
  const out: string[] = [];
  for (const problem of report.problems) out.push(`ERROR ${formatProblem(problem, word(problem))}`);
  for (const r of report.results) {
    const where = r.line === undefined ? r.file : `${r.file}:${r.line}`;
    if (r.passed) {
      if (verbose) out.push(`PASS ${where} ${r.name}`);
      continue;
    }
    out.push(`FAIL ${where} ${r.name}`);
    for (const line of r.diff) out.push(`    ${line}`);
  }
  const total = report.results.length;
  if (out.length > 0) out.push('-'.repeat(80));
  if (report.passed > 0) out.push(`PASS: ${report.passed}/${total}`);
  if (report.failed > 0)
    out.push(
      `FAIL: ${report.failed - report.problems.length}/${total}${report.problems.length > 0 ? `, ERROR: ${report.problems.length}` : ''}`,
    );
  return `${out.join('\n')}\n`;
}
