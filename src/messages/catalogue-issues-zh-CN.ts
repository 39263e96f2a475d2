const KIND =
  '{kind, select, opt_out {退订} inconvenient_time {不便时间} inconvenient_place {不便地点} other {{kind}}}';

/**
 * 校验问题的中文说明（嵌在错误信息里，`issue_*`）：按问题本身的事实措辞，不引用用户填写的值
 * （可能是电话号码或姓名）。
 */
export const issueMessagesZhCN: Readonly<Record<string, string>> = {
  // 导入行中的一个问题及其字段；以及未列出的问题数
  issue_at: '{path, select, none {{issue}} other {{path}：{issue}}}',
  issues_more: '另有 {count} 处问题',
  issue_same_person: 'from 和 to 是同一个人',
  issue_address_id_for_channel: '渠道为{channel}时应为地址编号，而不是电子邮箱地址',
  issue_required: '必填',
  issue_invalid_type:
    '应为{expected, select, string {文本} number {数字} int {整数} boolean {布尔值（true 或 false）} array {数组} object {对象} date {日期} null {null} other {{expected}}}',
  issue_too_small:
    '{of, select, string {{limit, plural, =1 {不能为空} other {至少 # 个字符}}} array {至少 {limit} 项} set {至少 {limit} 项} other {{inclusive, select, no {应大于 {limit}} other {应不小于 {limit}}}}}',
  issue_too_big:
    '{of, select, string {最多 {limit} 个字符} array {最多 {limit} 项} set {最多 {limit} 项} other {{inclusive, select, no {应小于 {limit}} other {应不大于 {limit}}}}}',
  issue_invalid_format:
    '{format, select, email {不是有效的电子邮件地址} url {不是有效的网址} datetime {不是 ISO 8601 日期时间（如 2026-12-07T09:30:00+08:00）} date {不是 ISO 8601 日期（YYYY-MM-DD）} time {不是 ISO 8601 时间} uuid {不是有效的 UUID} e164 {不是 E.164 号码（如 +8613800138000）} other {格式不对}}',
  issue_not_multiple_of: '应为 {divisor} 的整数倍',
  issue_unrecognized_keys: '含未知字段：{keys}',
  issue_invalid_value: '应为以下之一：{values}',
  issue_invalid_union: '不符合任何一种允许的写法',
  issue_invalid_key: '含无效的键',
  issue_invalid_element: '含无效的值',
  // 目录里没有说明的校验：保留模式给出的英文原文，明显可见，而非悄悄丢掉
  issue_custom: '{text}',
  // 各模式自己的校验
  issue_plausible_year: '年份应在 {from} 到 {to} 之间',
  issue_iso_date: '不是 ISO 8601 日期',
  issue_identifier: '不能含控制字符、零宽字符、双向控制字符或非 UTF-8 文本',
  issue_currency_code: '应为 ISO 4217 货币代码（如 CNY、USD）',
  issue_iana_zone: '应为 IANA 时区（如 Asia/Shanghai、America/New_York）',
  issue_promise_needs: '承诺还款（promise_to_pay）需要填写 {field}',
  issue_promise_only: '{field} 只用于承诺还款（promise_to_pay）',
  issue_payment_twice: '还款编号 {id} 出现了两次',
  issue_field_of_kind: `“{field}”只用于${KIND}请求`,
  issue_opt_out_names: '退订请求需指明渠道、联系方式或两者',
  issue_time_needs: '不便时间需要填写“{field}”',
  issue_time_order: '不便时间的“from”应早于“to”',
  issue_place_needs: '不便地点需要填写“place”',
  issue_jurisdiction: '应为适用地区代码，如 US-CA、US-NY-NYC、CN 或 GB',
  issue_e164: '不是 E.164 号码（如 +8613800138000）',
  // 合规策略模式自己的校验
  issue_stable_id: '只能用小写字母、数字、“.”、“_”或“-”，并以字母或数字开头',
  issue_duration: '应为时长，如“30m”“24h”或“7d”',
  issue_clock_time: '应为时刻，如“08:00”',
  issue_region_code: '应为州或省的代码，如“NSW”',
  issue_jurisdiction_pattern: '应为适用地区，如“US”“US-CA”“US-NY-NYC”“CN”或“*”',
  issue_holiday_date: '应为日期，如“2026-12-25”或“12-25”',
  issue_term_empty: '去掉空格和标点后，这个词语什么也不剩',
  issue_text_no_language: '按语言书写的文字至少要有 {langs} 中的一种',
  issue_holidays_unknown: '没有这个国家或地区的节假日数据',
  issue_hours_order: '“from”应早于“to”',
  issue_window_order: '“from”应早于“to”（不支持跨午夜的时段）',
  issue_sound_term: '按读音匹配的词语至少要两个汉字，或四个字母的拼音',
  issue_unordered_slots: '不分先后的组合只能有两个位置',
  issue_category_empty: '每个类别至少要有 terms、soundsLike 或 near 之一',
  issue_rule_id_twice: '规则编号“{id}”重复',
  // 导入记录自己的校验
  issue_record_date:
    '应为 ISO 8601 日期（2026-11-01）或带时区偏移的日期时间（2026-11-01T09:30:00+08:00）',
  issue_record_date_time: '应为带时区偏移的 ISO 8601 日期时间（2026-11-01T09:30:00+08:00 或 …Z）',
  issue_country_code: '应为两个字母的国家或地区代码（CN、US、GB）',
  issue_language_tag: '应为 BCP 47 语言标记（zh-CN、en-US）',
  issue_not_before: '不能早于 {earlier}',
  issue_credit_balance: '不能为负数（贷方余额不是待催收的欠款）',
  issue_exactly_one: '{first} 和 {second} 须填写且只能填写其中一个',
};
