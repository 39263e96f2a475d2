import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isNode } from 'yaml';
import { decide } from '../../domain/guard/decide.js';
import { issueMessage } from '../../domain/model/issue-message.js';
import { type CompiledPolicy, compilePolicy } from '../../domain/policy/compile-policy.js';
import { parsePolicy } from '../../domain/policy/parse-policy.js';
import type { PolicyProblem } from '../../domain/policy/policy-problem.js';
import { readYaml } from '../../domain/policy/read-yaml.js';
import { PolicyTestFile, scenarioOf } from './policy-test-case.js';
import { diffCase } from './policy-test-diff.js';
import { notRunLine } from './policy-test-lines.js';
import type { CaseResult, PolicyTestReport } from './policy-test-report.js';

export { diffCase } from './policy-test-diff.js';
export { type CaseResult, formatReport, type PolicyTestReport } from './policy-test-report.js';

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
    const result: CaseResult = { file, name: c.name, passed: false, diff: [], diffLines: [] };
    if (line !== undefined) result.line = line;
    try {
      const { request, context, at } = scenarioOf(c, parsed.data.defaults);
      const decision = decide(request, context, policies, at);
      result.decision = decision;
      result.diffLines = diffCase(c, decision);
    } catch (error) {
      result.diffLines = [notRunLine(error instanceof Error ? error.message : String(error))];
    }
    result.diff = result.diffLines.map((l) => l.message);
    result.passed = result.diff.length === 0;
    if (result.passed) report.passed++;
    else report.failed++;
    report.results.push(result);
  });
}
