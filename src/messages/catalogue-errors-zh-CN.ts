/**
 * 接口错误（`{error:{code, message, params}}`）的中文措辞，键为错误代码；并入中文消息目录。
 * 字段名、参数名和取值（at、limit、?type= 等）照原样保留，便于对照接口文档。
 */
export const errorMessagesZhCN: Readonly<Record<string, string>> = {
  // 请求本身：密钥、限流、请求正文、参数校验
  unauthenticated: '请提供 API 密钥，格式为“Authorization: Bearer 密钥”。',
  unknown_api_key: 'API 密钥无效或未登记。',
  too_many_failed_authentications: '该地址认证失败次数过多，请 {wait} 秒后再试。',
  forbidden:
    '{role, select, collector {催收员} investigator {调查员} compliance {合规专员} admin {管理员} other {{role}}}角色无权使用此接口（需要 {permission} 权限）。',
  rate_limited: '此 API 密钥每分钟请求已超过 {perMinute} 次，请 {retryAfter} 秒后再试。',
  body_too_large:
    '{maxBytes, select, unknown {请求正文过大。} other {请求正文超过 {maxBytes} 字节的上限。}}',
  body_incomplete: '请求正文不完整，传输中途中断。',
  invalid_utf8: '{what, select, line {该行} other {请求正文}}不是有效的 UTF-8 文本。',
  bad_request:
    '{kind, select, malformed_json {请求正文不是有效的 JSON。} other {请求有误：{detail}}}',
  invalid_input:
    '请求无效：{target, select, json {请求正文} query {查询参数} param {路径参数} header {请求头} form {表单} cookie {Cookie} other {输入}}中的 {fields} 不符合要求。',
  http_415:
    '{contentType, select, none {请求正文未注明 Content-Type，请按此接口声明的类型发送（JSON 正文为 application/json）。} other {此接口不接受 {contentType} 类型的请求正文，请按接口声明的 Content-Type 发送（JSON 正文为 application/json）。}}',
  method_not_allowed: '{path} 不支持 {method} 请求；可用的方法：{allowed}。',
  route_not_found: '没有此接口：{method} {path}。',
  conflict: '写入的数据与已存数据冲突。',
  store_unavailable: '数据库暂时无法访问，本次请求未做任何更改，也未发送任何内容。',
  internal_error: '服务内部出错，已记录日志。',
  worker_misconfigured: 'Worker 配置不完整，详见 details。',
  // 请求所指的对象不存在
  person_not_found: '找不到编号为 {id} 的人员。',
  account_not_found: '{path, select, none {} other {{path}：}}找不到编号为 {id} 的账户。',
  debtor_not_found:
    '{account, select, none {找不到编号为 {id} 的债务人。} other {账户 {account} 对应的债务人（{id}）不在关系图中。}}',
  recipient_not_found: '找不到编号为 {id} 的联系对象（recipientPersonId）。',
  attempt_not_found: '找不到编号为 {id} 的联系记录。',
  dispatch_not_found: '找不到编号为 {id} 的发送任务。',
  no_account: '此人名下没有欠款账户，无需规划联系路径。',
  account_not_of_debtor: '该账户不属于此债务人。',
  // 字段与查询参数
  invalid_at: 'at 须为 ISO-8601 格式的日期时间。',
  invalid_from: 'from 须为电子邮箱地址。',
  invalid_cursor: 'cursor 无效：不是本服务给出的翻页游标。',
  invalid_limit: 'limit 须为 1 到 {max} 之间的整数。',
  invalid_channel: 'channel 须为 call、sms、email、visit、letter 之一。',
  invalid_period: 'from 和 to 须为 ISO-8601 日期，且 from 早于 to。',
  invalid_range: '起始时间 from（{from}）晚于结束时间 to（{to}），该时间段内没有记录。',
  export_too_large: '该时间段的审计记录超过 {max} 条，请缩短时间段后再导出。',
  nothing_to_calibrate: '已读取的 {attempts} 条联系记录均无明确结果，无法校准，继续沿用默认参数。',
  currency_mismatch:
    '{path, select, none {} other {{path}：}}{given, select, none {承诺还款须使用账户的币种。} other {该账户以 {kept} 计价，不能使用 {given}。}}',
  payment_currency_mismatch:
    '{path}：该笔还款的币种为 {paymentCurrency}，而账户以 {accountCurrency} 计价；还款须使用账户的币种。',
  amount_finer_than_minor_unit:
    '{path}：金额 {amount} {currency} 小于该币种的最小单位（{currency} {digits, plural, =0 {不带小数} other {最多 # 位小数}}）。',
  date_in_future:
    '{path}：{observedAt, date, day} 晚于当前时间（{nowAt, date, moment}，已留出一天的时钟误差），不可能已经发生。',
  request_address_unknown:
    '{path}：地址 {addressId} 不是此人的地址（居住地址或其雇主地址）；不便联系的地点须为此人的地址之一，或填写工作单位（workplace）。',
  request_after_recorded:
    'requestedAt（{requestedAt}）晚于登记时间（{recordedAt}）：客户提出的限制自其提出之时起生效，不能登记为将来提出。',
  invalid_request: '登记的请求无效：{path, select, none {} other {{path}：}}{issue}',
  // 电话号码（单独出现，或嵌在其他消息中）
  phone_empty: '{path, select, none {} other {{path}：}}电话号码为空{hint}。',
  phone_invalid:
    '{path, select, none {} other {{path}：}}“{number}”不是有效的{country, select, none {} other { {country} }}号码{hint}。',
  phone_unparseable:
    '{path, select, none {} other {{path}：}}无法识别的电话号码（{reason, select, INVALID_COUNTRY {无法判断所属国家或地区，请使用带 +国家代码的国际格式，或指定默认地区} NOT_A_NUMBER {不是电话号码} TOO_SHORT {号码过短} TOO_LONG {号码过长} INVALID_LENGTH {号码位数不对} unparseable {无法解析} other {{reason}}}）{hint}。',
  phone_region_hint: '；未带国家代码的号码请加上 ?region=CN（或 US 等）',
  // 通话结果与新获取的信息
  invalid_outcome: 'outcome 须为以下之一：{options}。',
  invalid_note: '备注（note）须为不超过 {max} 个字符的文本。',
  invalid_learnt: '新获取的信息有误：{path}：{issue}',
  invalid_learnt_phone: '新获取的号码有误：{path}：{problem}',
  learnt_teller_missing: '{path}：本次联系未接通任何已知人员，请注明信息由谁提供。',
  learnt_teller_unknown: '找不到提供此信息的人员（编号 {id}）。',
  outcome_before_attempt:
    '结果时间 {outcomeAt, date, moment} 早于这次联系的时间（{attemptAt, date, moment}）。',
  promise_due_before_made: '还款承诺日期 {dueDate} 早于作出承诺的时间（{madeAt}）。',
  promise_without_promise_to_pay:
    '只有结果为“承诺还款”（promise_to_pay）时才能填写 amount 和 dueDate。',
  // 外呼、发送与发送任务
  email_invalid:
    '{path}：不是有效的电子邮箱地址（{reason, select, shape {应为“用户名@域名”，如 name@example.cn} local {@ 前的用户名为空、超过 64 字节，或含空格、多余的 @ 或多余的点} domain {@ 后的域名无效，应如 example.cn 或 例子.中国} other {超过 254 字节}}）。',
  message_required: '发送{channel}须填写消息内容（message）。',
  visit_plan_not_a_visit: '只有上门外访才能附带外访计划（visit）。',
  guard_denied:
    '{count, plural, =0 {合规校验未通过，未发送任何内容。} other {合规校验未通过（{rules}），未发送任何内容。}}',
  idempotency_key_in_use: '使用同一幂等键的另一请求正在处理中，请重新发送。',
  idempotency_key_reused: '此幂等键已用于另一个不同的请求，请换用新的幂等键。',
  idempotency_receipt_unreadable: '此幂等键保存的应答无法重放，请换用新的幂等键。',
  dispatch_not_failed:
    '发送任务 {id}{status, select, queued {正在排队} sent {已发出} failed {已失败} other {的状态为 {status}}}；只有发送失败的任务才能重试。',
  dispatch_retry_expired:
    '发送任务 {id} 已超过 {minutes} 分钟，不能再重试；请重新发起联系，由合规引擎重新校验。',
  // 合规策略
  policy_invalid: '候选合规策略无效。',
  yaml_limit_exceeded: 'YAML 文档超出限制，已拒绝：{limits}。',
  // 数据导入
  type_required: 'CSV 导入须指定 ?type=（person、account、phone 等）。',
  empty_body: '请求正文为空，请在正文中提供要导入的记录。',
  no_records: '请求正文中没有可导入的记录。',
  nothing_imported: '未导入任何记录：{rejectedCount} 条全部被拒（逐行原因见 details.rejected）。',
  invalid_record: '{type} 记录的字段不符合要求：{issues}。',
  not_an_object: '记录须为 JSON 对象。',
  missing_type: '记录缺少“type”字段（应为以下之一：{expected}）。',
  invalid_json: '该行不是有效的 JSON。',
  line_too_long: '该行超过 {max} 个字符的上限。',
  csv_extra_fields: '该行有 {fields} 个字段，多于表头的 {header} 个。',
  type_mismatch: '该行的记录类型“{type}”与文件的类型“{fileType}”不符。',
  unknown_reference:
    '{kind, select, person {人员} account {账户} other {{kind}}}“{id}”既不在本次导入中，也不在数据库中（已作为悬空关联保留）。',
  unknown_type: '未知的记录类型“{type}”（应为以下之一：{expected}）。',
  csv_type_missing:
    '一个 CSV 文件只能包含一种记录类型：请指定类型（--type 或 ?type=，取值为 {expected} 之一），或增加“type”列。',
  csv_duplicate_column: 'CSV 表头中“{name}”列出现了两次。',
  csv_unclosed_quote: 'CSV 表头：带引号的字段直到文件末尾都未闭合。',
  csv_record_too_long: 'CSV 表头：记录超过长度上限，已停止读取。',
};
