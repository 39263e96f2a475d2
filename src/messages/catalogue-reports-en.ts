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
  // calibrate: the fitted values
  calibration_report_heading:
    'calibration {id} (format {format} v{version}): {samples, number} decided of {attempts, number} attempts, prior worth {prior, number} attempts',
  calibration_report_sources: 'source reliability (default → fitted, attempts):',
  calibration_report_relations: 'relation reliability (fitted, attempts):',
  calibration_report_employment:
    'employment reliability (workplace routes; default → fitted, attempts):',
  calibration_report_ages: 'age factor on a contact’s evidence (fitted, attempts):',
  calibration_report_source_label: '{source}',
  calibration_report_relation_label: '{relation}',
  calibration_report_employment_label: 'employment',
  calibration_report_age_label: '{days, plural, one {from # day} other {from # days}}',
  calibration_report_change: '{before, number, ::.00} → {after, number, ::.00}  ({n, number})',
  calibration_report_fitted: '{after, number, ::.00}  ({n, number})',
  // calibrate: the Brier score and the reliability table
  calibration_report_brier:
    '{set, select, defaults {with the defaults} other {with the calibration}}: Brier {brier, number, ::.0000} on {samples, number} decided attempts',
  calibration_table_predicted: 'predicted',
  calibration_table_attempts: 'attempts',
  calibration_table_mean: 'mean predicted',
  calibration_table_observed: 'observed',
  calibration_table_range: '{from, number, ::.0}–{to, number, ::.0}',
  calibration_table_count: '{n, number}',
  calibration_table_rate: '{rate, number, ::.000}',
  calibration_written: 'calibration {id} written to {path} (restart the service to apply it)',
  // import: the progress bar (its {tokens} are filled by the bar) and the count of each record type
  import_progress:
    'importing [{bar}] {percentage}% {mb}/{totalMb} MB | {accepted} accepted, {rejected} rejected',
  import_type_count: '{type} {count}',
  import_list_separator: ', ',
};
