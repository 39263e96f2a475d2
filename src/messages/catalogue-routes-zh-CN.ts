/**
 * 联系路径的说明（联系谁、联系记录、依据、注意事项）和排序备注的中文措辞；并入中文消息目录。
 */
export const routeMessagesZhCN: Readonly<Record<string, string>> = {
  nested_separator: '；',
  // 联系谁，以及最近一次通话
  route_own: '债务人本人的{point}{then}',
  route_co_obligor: '{name}（账户 {accountId} 的{relation}）的{point}{then}',
  route_employer: '债务人现任职单位{name}的总机{then}',
  route_person: '{name}（债务人的{relation}）的{point}{then}',
  route_confirmed: '，{confirmedAt, date, day}已与本人通话确认',
  route_promise_taken: '，{confirmedAt, date, day}经此方式取得还款承诺',
  route_promise_broken: '，{confirmedAt, date, day}经此方式取得的还款承诺已违约',
  // 联系记录
  route_since_then: '此后：{attempts}',
  route_attempts_so_far: '已尝试：{attempts}',
  route_attempt_count: '{outcome} {n} 次（最近一次 {lastAt, date, day}）',
  // 依据，逐跳说明
  route_evidence: '依据：{hops}',
  hop_obligor: '{name}是账户 {accountId} 的{relation}（{seen}）',
  hop_knows: '{name}是债务人的{relation}（{seen}）',
  hop_works_at: '债务人在{name}工作（{seen}）',
  hop_attorney: '代理律师（{seen}）',
  hop_lives: '{name}现住此处（{seen}）',
  hop_lived_until: '{name}在此居住至{untilDate, date, day}（{seen}）',
  hop_holds: '登记在{name}名下（{seen}）',
  hop_switchboard: '{name}的总机（{seen}）',
  hop_other: '{type}（{seen}）',
  seen_on: '来源：{origin}{told}，最近核实于{lastSeenDate, date, day}',
  seen_undated: '来源：{origin}{told}，未注明日期',
  seen_from: '来源：{origin}{told}',
  told_by: '，由{teller}告知',
  // 提醒与注意事项
  route_shared: '另有 {count} 名无关债务人使用此号码：可能不是债务人本人的，得分已折减',
  route_moved_on:
    '自此号码最近核实以来，拨打债务人已知号码已失败 {failed} 次：债务人可能已换用我们没有的号码，得分已折减',
  route_suspended_retry:
    '号码曾停机；{days} 天冷却期已于{endedAt, date, day}结束，降低权重后重新尝试',
  route_stale: '信息陈旧：最新证据已有 {days} 天（超过 {staleAfter} 天）',
  route_third_party_duty: '第三方：只可询问如何联系到债务人，不得提及债务',
  route_workplace_duty: '工作单位：只可点名找债务人本人，不得提及债务',
  // 关于债务人整体的备注
  note_ceased_all: '债务人已要求停止一切联系：不提供任何联系方式。',
  note_deceased: '债务人已身故：只列出遗产管理人（遗嘱执行人）。',
  note_no_executor: '尚不知道遗产管理人：请先找到遗产的代表人。',
  note_attorney: '债务人已委托律师{name}：一切联系均须通过律师。',
  note_disputed: '债务存在争议：核实前可能须暂停催收，由合规引擎判定。',
  note_bankrupt: '债务人有破产记录：催收联系可能须暂停，由合规引擎判定。',
};

/** 联系方式的种类。 */
export const pointTermsZhCN: Readonly<Record<string, string>> = {
  mobile: '手机',
  landline: '固定电话',
  phone: '电话',
  voip: '网络电话',
  toll_free: '免费电话',
  email: '电子邮箱',
  current_address: '现住址',
  former_address: '原住址',
};

/** 证据来源。 */
export const originTermsZhCN: Readonly<Record<string, string>> = {
  application: '借款申请',
  bureau: '征信机构',
  collector_note: '催收员记录',
  inbound_call: '债务人用此号码来电',
  right_party_contact: '与本人通话确认',
  reference: '联系人提供',
  skip_trace: '失联修复',
  public_record: '公开记录',
  social: '社交资料',
  contract: '合同',
  account: '账户资料',
  person_flags: '债务人档案',
};
