import type { RuleVerdict, VerdictParams } from '../../domain/guard/decision.js';
import type { CodedMessage, WordedMessage } from '../../domain/model/coded-message.js';

/** A verdict inside a report line, worded in place by the reader's catalogue. */
export type VerdictWords = CodedMessage<VerdictParams>;

/** A report line's arguments: names, figures and lists as shown, and a verdict to word in place. */
export type ReportLineParams = { readonly [name: string]: string | readonly VerdictWords[] };

/**
 * One line of a policy test report as a catalogue code (`policy_test_*`) with its arguments, and
 * its English words for logs, CI and callers without a catalogue (as a policy problem has them).
 */
export type ReportLine = WordedMessage<ReportLineParams>;

function line(code: string, params: ReportLineParams, message: string): ReportLine {
  return { code, params, message };
}

/** `PASS file:line name`: a passing case, listed with --verbose. */
export function passLine(where: string, name: string): ReportLine {
  return line('policy_test_pass', { where, name }, `PASS ${where} ${name}`);
}

/** `FAIL file:line name`: a failing case, its diff below. */
export function failLine(where: string, name: string): ReportLine {
  return line('policy_test_fail', { where, name }, `FAIL ${where} ${name}`);
}

/** `ERROR <problem>`: a policy or test file that could not be run at all, worded for the reader. */
export function errorLine(problem: string): ReportLine {
  return line('policy_test_error', { problem }, `ERROR ${problem}`);
}

/** `PASS: 41/42`: how many cases passed. */
export function passCountLine(passed: number, total: number): ReportLine {
  const params = { passed: String(passed), total: String(total) };
  return line('policy_test_passed_count', params, `PASS: ${passed}/${total}`);
}

/** `FAIL: 1/42, ERROR: 2`: how many cases failed, and how many files could not be run. */
export function failCountLine(failed: number, total: number, errors: number): ReportLine {
  const params = { failed: String(failed), total: String(total), errors: String(errors) };
  const tail = errors > 0 ? `, ERROR: ${errors}` : '';
  return line('policy_test_failed_count', params, `FAIL: ${failed}/${total}${tail}`);
}

/** The expectation's fields a diff names, as a test file spells them. */
export type DiffField = 'outcome' | 'rules' | 'codes' | 'categories' | 'nextAllowedAt';

/**
 * `- rules: [us.hours]` / `+ rules: []`: what the case expected (`-`) and what the guard decided
 * (`+`); an `actual` of undefined is a value the decision lacks (`+ nextAllowedAt: (none)`).
 */
export function fieldDiff(
  field: DiffField,
  expected: string,
  actual: string | undefined,
): ReportLine[] {
  const list = field === 'rules' || field === 'codes' || field === 'categories';
  const shown = (v: string): string => (list ? `[${v}]` : v);
  return [
    line('policy_test_expected', { field, value: expected }, `- ${field}: ${shown(expected)}`),
    actual === undefined
      ? line('policy_test_actual_none', { field }, `+ ${field}: (none)`)
      : line('policy_test_actual', { field, value: actual }, `+ ${field}: ${shown(actual)}`),
  ];
}

/** `- a reason including "…"` / `+ (no such reason)`: an expected phrase no verdict's reason has. */
export function missingReasonLines(text: string): ReportLine[] {
  return [
    line('policy_test_expected_reason', { text }, `- a reason including "${text}"`),
    line('policy_test_no_such_reason', {}, '+ (no such reason)'),
  ];
}

/**
 * `  policy/rule code: reason`, one per verdict below a failing case's diff. English keeps the
 * guard's own reason (the one `reasonIncludes` matches); other languages word the verdict.
 */
export function verdictLine(r: RuleVerdict): ReportLine {
  const rule = `${r.policy}/${r.id}`;
  return line(
    'policy_test_verdict',
    {
      rule,
      kind: r.kind,
      code: r.code,
      reason: r.reason,
      words: [{ code: r.code, params: r.params }],
    },
    `  ${rule} ${r.kind === 'error' ? 'ERROR' : r.code}: ${r.reason}`,
  );
}

/** `! the case could not be run: …`: a case whose scenario could not be built. */
export function notRunLine(error: string): ReportLine {
  return line('policy_test_not_run', { error }, `! the case could not be run: ${error}`);
}
