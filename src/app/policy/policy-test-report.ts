import type { Decision } from '../../domain/guard/decision.js';
import { formatProblem, type PolicyProblem } from '../../domain/policy/policy-problem.js';
import {
  errorLine,
  failCountLine,
  failLine,
  passCountLine,
  passLine,
  type ReportLine,
} from './policy-test-lines.js';

/** The result of one case: passed, or the differences between expected and actual. */
export interface CaseResult {
  file: string;
  line?: number;
  name: string;
  passed: boolean;
  /** Lines of a unified-style diff in English: "- expected …" / "+ actual …". */
  diff: string[];
  /** The same lines as catalogue codes and arguments, worded for each reader. */
  diffLines: ReportLine[];
  decision?: Decision;
}

/** Everything a policy test run found: case results and files that could not be run at all. */
export interface PolicyTestReport {
  results: CaseResult[];
  problems: PolicyProblem[];
  passed: number;
  failed: number;
}

/** Words a report line or a problem in the reader's language (default: its English). */
export type ReportWording = (text: ReportLine | PolicyProblem) => string;

/**
 * Renders a report like `opa test`: each failure with its location and diff, then PASS/FAIL counts.
 * With `verbose`, passing cases are listed too; `word` gives each line and each problem's message
 * in the reader's language (default: English).
 * @example process.stdout.write(formatReport(await runPolicyTests('policies'), false, (t) => renderMessage('zh-CN', t.code, t.params)))
 */
export function formatReport(
  report: PolicyTestReport,
  verbose = false,
  word: ReportWording = (text) => text.message,
): string {
  const out: string[] = [];
  for (const problem of report.problems)
    out.push(word(errorLine(formatProblem(problem, word(problem)))));
  for (const r of report.results) {
    const where = r.line === undefined ? r.file : `${r.file}:${r.line}`;
    if (r.passed) {
      if (verbose) out.push(word(passLine(where, r.name)));
      continue;
    }
    out.push(word(failLine(where, r.name)));
    for (const line of r.diffLines) out.push(`    ${word(line)}`);
  }
  const total = report.results.length;
  if (out.length > 0) out.push('-'.repeat(80));
  if (report.passed > 0) out.push(word(passCountLine(report.passed, total)));
  if (report.failed > 0) {
    const errors = report.problems.length;
    out.push(word(failCountLine(report.failed - errors, total, errors)));
  }
  return `${out.join('\n')}\n`;
}
