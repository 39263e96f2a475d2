/**
 * 命令行自身的错误与报告（`cli_*`）的中文措辞，键为代码；并入中文消息目录。
 * 选项名、命令名和取值照原样保留，便于对照 --help。
 */
export const cliMessagesZhCN: Readonly<Record<string, string>> = {
  // 所有命令
  cli_unknown_command: '未知命令“{name}”。',
  cli_coded: '{code}：{words}',
  cli_run_help: '用法见“skipgraph {command} --help”。',
  cli_bad_arguments: '命令行参数有误：{detail}',
  cli_unknown_option:
    '未知选项“{option}”。{positionals, select, yes {如要传入以“-”开头的参数，请放在“--”之后，如 -- {option}。} other {}}',
  cli_option_needs_value: '选项“{option}”缺少取值。',
  cli_option_value_ambiguous: '选项“{option}”缺少取值；取值以“-”开头时，请写成 {example}。',
  cli_option_takes_no_value: '选项“{option}”不接受取值。',
  cli_configuration_error: '配置有误：{problems}',
  cli_takes_no_arguments: '{command} 不接受参数。',
  cli_unexpected_argument: '多余的参数“{arg}”。',
  cli_at_not_iso: '--at 须为 ISO-8601 时间，如 2026-11-23T10:00:00Z。',
  cli_limit_not_whole: '--limit 须为整数。',
  cli_store_kind: '--store 须为 sqlite 或 neo4j。',
  cli_tz_unknown: '--tz：未知的时区“{name}”。',
  // routes、audit、policy
  cli_routes_needs_debtor: 'routes 须指定且只能指定一个 DEBTOR_ID。',
  cli_channel_unknown: '--channel 须为以下之一：{options}。',
  cli_audit_subcommand: 'audit 只有一个子命令：verify。',
  cli_policy_test_one_dir: 'policy test 最多只接受一个目录。',
  cli_policy_lint_needs_file: 'policy lint 至少需要一个 FILE。',
  cli_policy_subcommand: '未知的 policy 子命令“{name}”（应为 test 或 lint）。',
  // import
  cli_import_needs_file: 'import 需要指定一个 FILE。',
  cli_import_one_file: 'import 只接受一个 FILE，实际给了 {count} 个。',
  cli_import_format: '--format 须为 ndjson 或 csv，不能是“{format}”。',
  cli_import_type: '--type 须为以下之一：{types}。',
  cli_import_type_not_csv:
    '--type 只用于 CSV 文件（NDJSON 记录自带“type”）；若文件是 CSV，请加上 --format csv。',
  cli_import_region: '--region 须为两个字母的国家或地区代码，如 CN 或 US。',
  cli_import_batch_size: '--batch-size 须为正整数。',
  cli_import_not_a_file: '无法导入 {file}：不是文件。',
  cli_import_unreadable:
    '无法读取 {file}：{reason, select, ENOENT {文件不存在} EACCES {没有权限} EISDIR {这是一个目录} other {{reason}}}。',
  cli_store_unopenable: '无法打开 {store} 存储：{reason}',
  cli_import_stopped:
    '{name} 的导入中断：{reason, select, ENOENT {文件不存在} EACCES {没有权限} EISDIR {这是一个目录} other {{reason}}}（中断前的批次已保存，可放心重新导入）。',
  cli_standard_input: '标准输入',
  cli_import_line: '第 {line} 行：{code}：{words}',
  cli_import_warning: '警告：第 {line} 行：{code}：{words}',
  cli_import_summary:
    '{name}：接受 {accepted} 条，拒绝 {rejected} 条{skipped, select, 0 {} other {，跳过 {skipped} 个空行}}',
  // audit、migrate、worklist、retention、policy
  cli_audit_intact:
    '审计链完整：共 {records} 条记录{purged, select, 0 {} other {，另有 {purged} 条已按保留期限清除}}，链头 {head}。',
  cli_audit_broken:
    '审计链在第 {seq} 条记录（{id}）处断开：{reason, select, record_altered {该记录被修改或删除（其内容与哈希不符）} link_broken {与前一条记录的链接断开（有记录被删除、插入或调换了顺序）} purge_unrecorded {该记录在链中未登记的清除中被删除（其后没有清除记录，或清除记录登记的数量更少）} other {{reason}}}；应为 {expected}，实为 {found}；其前 {records} 条记录已验证。',
  cli_migrate_neo4j:
    'neo4j（{mode}，数据库 {database}）：{applied} 个约束和索引已就绪，schema 版本 {version}。',
  cli_migrate_sqlite: 'sqlite（{path}）：schema 已是最新。',
  cli_migrate_failed: '迁移失败：{reason}',
  cli_migrate_refused: '拒绝迁移：{reason}',
  cli_worklist_refreshed: '已重新排序 {count} 个账户。',
  cli_worklist_route: '{contact}（{relation}，{score, number, ::percent}）',
  cli_worklist_empty: '（暂无可联系的账户）',
  cli_worklist_apart: '暂不可联系：',
  cli_worklist_opens: '{reason}（{when}）',
  cli_routes_recipient: '{who}（{relation}）',
  cli_retention_not_purged:
    'skipgraph retention：有合规策略未能加载，其保留期限可能更长；未清除任何记录。',
  cli_policy_unreadable: '{file}：无法读取（{reason}）',
  cli_policy_ok: '{file}：通过（{id}@{version}，共 {rules} 条规则）——{name}',
  cli_retention_heading:
    '截至 {at} 的保留期限检查{dryRun, select, yes {（试运行：未做任何更改）} other {}}',
  cli_retention_accounts:
    '账户：{expired} 个已过保留期限，{kept} 个保留，{noPeriod} 个所适用的策略未规定保留期限，{noPolicy} 个没有适用的策略，{noActivity} 个没有记录。',
  cli_retention_records:
    '{dryRun, select, yes {将清除} other {已清除}}：联系记录 {attempts} 条，审计记录 {audit} 条，发件箱条目 {outbox, plural, other {{outbox}}} 条。',
  cli_retention_purge_record: '清除审计记录：{id}',
  cli_retention_expired:
    '- {accountId}：最近活动 {last}，保留 {years} 年（{policies}），至 {until}',
};
