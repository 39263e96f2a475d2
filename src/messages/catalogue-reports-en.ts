/**
 * English for the command line's reports: `skipgraph policy test` (like `opa test`), `skipgraph
 * calibrate` and the progress of `skipgraph import`; merged into the English catalogue. Policy ids,
 * rule ids, codes and test-file values stay as written, so a line can be found in the YAML.
 */
export const reportMessagesEn: Readonly<Record<string, string>> = {
  // policy test: one line per case, then the counts
  policy_test_pass: 'PASS {where} {name}',
  policy_test_fail: 'FAIL {where} {name}',
  policy_test_error: 'ERROR {problem}',
  policy_test_passed_count: 'PASS: {passed}/{total}',
  policy_test_failed_count:
    'FAIL: {failed}/{total}{errors, select, 0 {} other {, ERROR: {errors}}}',
  // policy test: a failing case's diff, expected (-) and actual (+)
  policy_test_expected:
    '- {field}: {field, select, rules {[{value}]} codes {[{value}]} categories {[{value}]} other {{value}}}',
  policy_test_actual:
    '+ {field}: {field, select, rules {[{value}]} codes {[{value}]} categories {[{value}]} other {{value}}}',
  policy_test_actual_none: '+ {field}: (none)',
  policy_test_expected_reason: '- a reason including "{text}"',
  policy_test_no_such_reason: '+ (no such reason)',
  // The guard's own English reason: the text a case's reasonIncludes is matched against.
  policy_test_verdict: '  {rule} {kind, select, error {ERROR} other {{code}}}: {reason}',
  issue_test_time: 'an ISO-8601 time with offset, e.g. "2026-03-03T07:30:00-08:00"',
  issue_test_at_or_ago: 'give exactly one of "at" or "ago"',
  policy_test_not_run: '! the case could not be run: {error}',
};
