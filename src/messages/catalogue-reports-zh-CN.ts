/**
 * 命令行报告的中文措辞：`skipgraph policy test`（仿 `opa test`）、`skipgraph calibrate` 以及
 * `skipgraph import` 的进度条；并入中文消息目录。策略 ID、规则 ID、代码和测试文件中的取值照原样保留，
 * 便于在 YAML 中查找对应的行。
 */
export const reportMessagesZhCN: Readonly<Record<string, string>> = {
  // policy test：每个用例一行，最后是统计
  policy_test_pass: '通过 {where} {name}',
  policy_test_fail: '未通过 {where} {name}',
  policy_test_error: '错误 {problem}',
  policy_test_passed_count: '通过：{passed}/{total}',
  policy_test_failed_count:
    '未通过：{failed}/{total}{errors, select, 0 {} other {，错误：{errors}}}',
  // policy test：未通过用例的差异，“-”为预期，“+”为实际
  policy_test_expected:
    '- 预期{field, select, outcome {结论：{value, select, allow {允许} deny {拒绝} other {{value}}}} rules {命中规则：[{value}]} codes {判定代码：[{value}]} categories {违规用语类别：[{value}]} nextAllowedAt {下次可联系时间：{value}} other {{field}：{value}}}',
  policy_test_actual:
    '+ 实际{field, select, outcome {结论：{value, select, allow {允许} deny {拒绝} other {{value}}}} rules {命中规则：[{value}]} codes {判定代码：[{value}]} categories {违规用语类别：[{value}]} nextAllowedAt {下次可联系时间：{value}} other {{field}：{value}}}',
  policy_test_actual_none:
    '+ 实际{field, select, nextAllowedAt {下次可联系时间} other {{field}}}：（无）',
  policy_test_expected_reason: '- 预期有一条理由包含“{text}”',
  policy_test_no_such_reason: '+ 实际没有包含该内容的理由',
  policy_test_verdict: '  {rule} {kind, select, error {错误} other {{code}}}：{words}',
  issue_test_time: '应为带时区偏移的 ISO 8601 时间，如“2026-03-03T07:30:00-08:00”',
  issue_test_at_or_ago: '“at”与“ago”须给出且只能给出其一',
  policy_test_not_run: '! 该用例无法运行：{error}',
  // calibrate：拟合结果
  calibration_report_heading:
    '校准 {id}（格式 {format} v{version}）：共读取 {attempts, number} 次联系，其中 {samples, number} 次结果明确；先验权重相当于 {prior, number} 次联系',
  calibration_report_sources: '各来源的可靠度（默认 → 拟合，依据的联系次数）：',
  calibration_report_relations: '各关系的可靠度（拟合，依据的联系次数）：',
  calibration_report_employment:
    '在职关系的可靠度（经工作单位联系的路径；默认 → 拟合，依据的联系次数）：',
  calibration_report_ages: '联系方式证据的时效系数（拟合，依据的联系次数）：',
  calibration_report_source_label: '{source}',
  calibration_report_relation_label: '{relation}',
  calibration_report_employment_label: '在职关系',
  calibration_report_age_label: '{days, number} 天起',
  calibration_report_change: '{before, number, ::.00} → {after, number, ::.00}（{n, number} 次）',
  calibration_report_fitted: '{after, number, ::.00}（{n, number} 次）',
  // calibrate：Brier 分数与可靠度表
  calibration_report_brier:
    '{set, select, defaults {采用默认参数} other {采用校准参数}}：Brier 分数 {brier, number, ::.0000}（基于 {samples, number} 次结果明确的联系）',
  calibration_table_predicted: '预测区间',
  calibration_table_attempts: '联系次数',
  calibration_table_mean: '平均预测值',
  calibration_table_observed: '实际触达率',
  calibration_table_range: '{from, number, ::.0}–{to, number, ::.0}',
  calibration_table_count: '{n, number}',
  calibration_table_rate: '{rate, number, ::.000}',
  calibration_written: '校准 {id} 已写入 {path}（重启服务后生效）。',
  // import：进度条（其中的 {占位符} 由进度条填入）与各类记录的条数
  import_progress:
    '正在导入 [{bar}] {percentage}% {mb}/{totalMb} MB | 已接受 {accepted} 条，已拒绝 {rejected} 条',
  import_type_count: '{type} {count} 条',
  import_list_separator: '，',
};
