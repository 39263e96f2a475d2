import type { Catalogue } from './catalogue.js';
import { cliHelpMessagesZhCN } from './catalogue-cli-help-zh-CN.js';
import { cliMessagesZhCN } from './catalogue-cli-zh-CN.js';
import { configMessagesZhCN } from './catalogue-config-zh-CN.js';
import { errorMessagesZhCN } from './catalogue-errors-zh-CN.js';
import { issueMessagesZhCN } from './catalogue-issues-zh-CN.js';
import { policyMessagesZhCN } from './catalogue-policy-zh-CN.js';
import { reportMessagesZhCN } from './catalogue-reports-zh-CN.js';
import { originTermsZhCN, pointTermsZhCN, routeMessagesZhCN } from './catalogue-routes-zh-CN.js';

/**
 * 简体中文消息：键为领域层输出的稳定代码，文本为 ICU MessageFormat。
 * 措辞按催收合规岗位的习惯：先说结论（不得联系／何时可联系），再说依据。
 */
export const zhCN: Catalogue = {
  messages: {
    ...cliMessagesZhCN,
    ...reportMessagesZhCN,
    ...configMessagesZhCN,
    ...cliHelpMessagesZhCN,
    ...routeMessagesZhCN,
    ...errorMessagesZhCN,
    ...issueMessagesZhCN,
    ...policyMessagesZhCN,
    // 失联修复：联系方式被排除的原因
    number_invalid: '号码无效（空号）。',
    line_suspended: '号码已停机，冷却期过后再试。',
    wrong_party:
      '{answeredAt, date, day}接听者并非本人（记录 {attemptId}）；在有更新的证据前，不再通过此号码联系此人。',
    someone_else_holds:
      '{answeredAt, date, day}债务人的号码由他人接听（记录 {attemptId}）；在有更新的证据前，不再通过此号码联系债务人。',
    employment_ended: '单位总机不予列出：债务人已离职。',
    employment_not_started: '单位总机不予列出：任职尚未开始。',
    recipient_deceased: '预计接听的人已去世。',
    recipient_ceased_contact: '预计接听的人已要求停止联系。',
    // 失联修复：债务人失联状态
    no_own_route: '债务人本人的号码已全部无法使用。',
    consecutive_failures: '已连续 {failed} 次未联系上（政策规定 {required} 次）。',
    days_unreachable: '自{firstFailedAt, date, day}起已 {days} 天无法联系。',
    // 失联修复：没有可用联系方式的原因
    debtor_ceased_contact: '债务人已要求停止一切联系：不提供任何联系路径。',
    no_known_contact: '没有债务人的任何已知联系方式。',
    every_contact_excluded:
      '已知联系方式均被排除（{excluded} 个）；请向债务人的联系人了解新的联系方式。',
    third_parties_need_lost_debtor:
      '只剩第三方联系人，而债务人尚未失联（已连续 {failedInARow} 次未联系上）。',
    wait_until: '政策允许的下一次联系时间：{nextAllowedAt, date, moment}。',
    policy_denies_all: '政策目前不允许任何列出的联系方式。',
    // 合规校验：联系时段
    no_timezone:
      '无法确定对方所在时区（无时区信息、无现住址、号码也无法判定地区），无法核对当地时间，暂不得联系。',
    outside_hours:
      '不在对方当地时间 {from}–{to} 的允许联系时段内（{outside}）；时区依据：{basis}。',
    // 合规校验：停催标记
    cease_contact: '债务人已要求停止联系。',
    recipient_cease_contact: '对方已要求不再接受联系。',
    disputed: '债务存在争议，核实完成前暂停催收。',
    bankrupt: '债务人正处于破产程序中，暂停催收。',
    deceased_estate_only: '债务人已身故，仅可联系遗产管理人（遗嘱执行人）。',
    attorney_only: '债务人已委托律师，只能与其代理律师联系。',
    employer_forbids_contact: '债务人单位禁止在工作场所联系（{channel}）。',
    recipient_opted_out: '对方已退订{channel}。',
    debtor_opted_out: '债务人已退订{channel}。',
    // 合规校验：决策
    no_policy: '辖区 {jurisdiction} 没有生效的合规策略，策略生效前一律不得联系。',
    context_mismatch: '校验所用的上下文属于其他账户，已拒绝。',
    rule_error: '规则（{type}）执行出错，按不通过处理，拒绝联系。',
    // 合规校验：频次与冷静期
    cap_exceeded:
      '已达频次上限：每个{scope}在 {window}内已通过{channels}联系 {count} 次（上限 {max} 次）。',
    cool_down:
      '本账户{hoursAgo, plural, =0 {不到 1 小时前} other {# 小时前}}刚有过通话，通话后 {duration}内不得再通过{channels}联系。',
    // 合规校验：话术
    banned_language: '话术含违规用语（{categories}）：{phrases}。',
    // 合规校验：第三方
    channel_not_allowed:
      '对方为第三方（{relations}），不得通过{channel}联系第三方（允许的方式：{allowed}）。',
    stage_too_early:
      '对方为第三方（{relations}）；账户逾期 {daysPastDue} 天，逾期满 {minDaysPastDue} 天方可联系第三方。',
    debtor_not_lost:
      '债务人尚未失联（已连续 {failedInARow} 次未联系上，本人号码尚余 {ownRoutesLeft} 个），暂不得联系第三方。',
    third_party_limit: '对方为第三方（{relations}），已联系 {count} 次，达到上限 {max} 次。',
    discloses_debt: '信息会向第三方（{relations}）透露债务情况，不得发送：{terms}。',
    // 合规校验：休息日与法定节假日
    listed_holiday: '{date} 为策略列明的节假日，不得联系。',
    public_holiday: '{date} 为法定节假日（{holiday}），不得联系。',
    holiday_data_missing:
      '尚无 {year} 年的法定节假日数据，无法确认 {date} 是否可联系；更新节假日数据前不得联系。',
    rest_day:
      '{weekday, select, mon {周一} tue {周二} wed {周三} thu {周四} fri {周五} sat {周六} sun {周日} other {{weekday}}}不得联系（{date}）。',
    // 合规校验：必备内容与同意
    required_content_unchecked: '该{channel}没有内容，无法核对必备内容（{elements}），不得发送。',
    required_content_pending: '撰写{channel}时须包含：{elements}。',
    required_content_missing:
      '该{channel}缺少必备内容：{element, select, opt_out_notice {退订方式（如“回复 STOP 退订”）} one_word_opt_out {一词退订方式（如“回复 STOP”）} collector_identity {表明催收方身份} other {{element}}}。',
    consent_missing: '对方未书面同意通过{channel}联系。',
    // 合规校验：消费者本人提出的限制
    consumer_opted_out:
      '消费者已于 {requestedAt, date, day} 要求不再以此方式联系（{source, select, inbound_reply {回复} outcome {通话结果} note {备注} api {登记的请求} import {导入文件} other {{source}}}）。',
    consumer_place_inconvenient:
      '消费者已于 {requestedAt, date, day} 表示此处不便联系（{source, select, inbound_reply {回复} outcome {通话结果} note {备注} api {登记的请求} import {导入文件} other {{source}}}）。',
    consumer_time_inconvenient:
      '消费者已于 {requestedAt, date, day} 表示 {from}–{to} 不便联系（{source, select, inbound_reply {回复} outcome {通话结果} note {备注} api {登记的请求} import {导入文件} other {{source}}}）。',
    // 合规校验：预留联系人与外访
    source_forbidden: '该第三方或号码仅来自禁止使用的来源（{sources}），不得联系。',
    source_not_pre_agreed:
      '该第三方不是借款人预留的联系人（来源：{sources}；允许：{allowedSources}）。',
    source_not_recorded:
      '该第三方没有记录来源，无法确认是借款人预留的联系人（允许：{allowedSources}）。',
    visit_unplanned: '外访须写明外访人员及是否全程录音。',
    visit_plan_pending:
      '外访须安排至少 {minCollectors} 名催收人员{recording, select, true {，并全程录音录像} other {}}。',
    visit_too_few_collectors: '本次外访仅 {count} 名催收人员，至少需要 {min} 名。',
    visit_not_recorded: '外访须全程录音录像。',
    // 时间
    time_now: '现在',
    time_in_minutes: '{n} 分钟后',
    time_in_hours: '{m, plural, =0 {{h} 小时后} other {{h} 小时 {m} 分钟后}}',
    time_in_days: '{n} 天后',
    time_minutes_ago: '{n} 分钟前',
    time_hours_ago: '{n} 小时前',
    time_days_ago: '{n} 天前',
    time_next_allowed: '{relative}可联系：对方当地 {recipient}，您这边 {collector}。',
    time_zone_time: '{time}（{zone}）',
    duration_m: '{n} 分钟',
    duration_h: '{n} 小时',
    duration_d: '{n} 天',
    // 承诺还款
    promise_open: '承诺于{dueDate, date, day}前还款 {amount}。',
    promise_due_today: '承诺还款 {amount} 今日到期，目前已还 {paid}。',
    promise_due_tomorrow: '承诺还款 {amount} 明日（{dueDate, date, day}）到期，请今日提醒确认。',
    promise_kept: '承诺于{dueDate, date, day}还款 {amount}，已履约。',
    promise_partly_kept:
      '承诺于{dueDate, date, day}还款 {amount}，部分履约：已还 {paid}，尚差 {short}。',
    promise_broken: '承诺于{dueDate, date, day}还款 {amount}，到期未还，已违约。',
    // 工作清单
    worklist_callable_now: '现在可联系：{contact}。',
    worklist_opens_at: '目前没有可联系的方式，下一条于 {opensAt, date, moment} 开放。',
    worklist_nothing_open: '目前没有可联系的方式，也不会自动开放。',
    worklist_no_route: '没有已知的联系方式。',
    worklist_ceased_contact: '债务人已要求停止一切联系：不可联系。',
    worklist_ceased_contact_since: '债务人已于{ceasedAt, date, day}要求停止一切联系：不可联系。',
  },
  terms: {
    point: pointTermsZhCN,
    product: {
      auto_loan: '车贷',
      cash_loan: '现金贷',
      consumer_loan: '消费贷',
      credit_card: '信用卡',
      installment: '分期贷款',
      medical: '医疗账单',
      personal_loan: '个人贷款',
      mortgage: '房贷',
    },
    accountStatus: { open: '未结清', closed: '已关闭', charged_off: '已核销', settled: '已结清' },
    element: {
      opt_out_notice: '退订方式',
      one_word_opt_out: '一词退订方式',
      collector_identity: '催收方身份',
    },
    origin: originTermsZhCN,
    channel: { call: '电话', sms: '短信', email: '邮件', visit: '上门', letter: '信函' },
    relation: {
      self: '债务人本人',
      spouse: '配偶',
      parent: '父母',
      child: '子女',
      sibling: '兄弟姐妹',
      relative: '亲属',
      friend: '朋友',
      colleague: '同事',
      reference: '紧急联系人',
      landlord: '房东',
      neighbor: '邻居',
      employer: '工作单位',
      guarantor: '担保人',
      co_borrower: '共同借款人',
      executor: '遗产管理人',
      attorney: '代理律师',
      unknown: '关系不明',
    },
    scope: {
      account: '账户',
      debtor: '债务人',
      contact: '联系方式',
      contact_point: '联系方式',
      recipient: '被联系人',
      third_party: '第三方',
    },
    basis: {
      'person timezone': '本人登记的时区',
      'current address': '现住址',
      'phone area code': '号码区号',
      'phone country': '号码所属国家',
    },
    category: {
      criminal_accusation: '指控犯罪',
      fake_blacklist: '虚构黑名单',
      false_credit: '虚假征信威胁',
      false_government: '冒充公检法或政府机关',
      false_legal_process: '虚假法律程序',
      impersonation: '冒充身份',
      insult: '侮辱',
      obscenity: '污言秽语',
      shaming: '曝光羞辱',
      threat_arrest: '以抓捕相威胁',
      threat_seizure: '以查封扣押相威胁',
      threat_violence: '暴力威胁',
    },
    outcome: {
      no_answer: '无人接听',
      busy: '占线',
      invalid_number: '空号',
      suspended: '停机',
      wrong_party: '非本人',
      third_party: '第三方接听',
      right_party: '联系到本人',
      promise_to_pay: '承诺还款',
      refused: '拒绝还款',
      cease_request: '要求停止联系',
    },
    source: {
      application: '借款申请',
      bureau: '征信机构',
      collector_note: '催收员记录',
      inbound_call: '客户来电',
      right_party_contact: '本人通话确认',
      reference: '联系人提供',
      skip_trace: '失联修复',
      public_record: '公开记录',
      social: '社交资料',
      contract: '合同',
      account: '账户资料',
      person_flags: '债务人档案',
    },
    stage: {
      current: '未逾期',
      early: '早期（1–30 天）',
      mid: '中期（31–90 天）',
      late: '后期（91–180 天）',
      writeoff: '核销阶段（180 天以上）',
    },
    promiseState: {
      open: '未到期',
      due: '今日到期',
      kept: '已履约',
      partly_kept: '部分履约',
      broken: '已违约',
    },
  },
};
