import type { ContactPoint } from '../../domain/model/index.js';
import type { Lang } from '../../messages/language.js';

/** The routes table's own words; the reasons, exclusions and lost state come from the message catalogue. */
export interface RoutesTableWords {
  title: (debtorId: string, accountId: string, at: string) => string;
  header: readonly [string, string, string, string, string];
  /** The kind of a contact point before its value. */
  point: Readonly<Record<ContactPoint['kind'], string>>;
  note: string;
  noRoutes: string;
  leftOut: string;
  until: (time: string) => string;
  shared: (n: number) => string;
  wasSuspended: string;
  stale: string;
  guardAllow: string;
  guardDeny: (ruleIds: string) => string;
  lostSince: (since: string) => string;
}

export const ROUTES_TABLE_WORDS: Readonly<Record<Lang, RoutesTableWords>> = {
  en: {
    title: (d, a, at) => `Routes for debtor ${d}, account ${a}, at ${at}`,
    header: ['#', 'Contact', 'Recipient', 'Score', 'Flags'],
    point: { phone: 'phone', email: 'email', address: 'address' },
    note: 'note',
    noRoutes: 'No routes.',
    leftOut: 'Left out:',
    until: (t) => ` (until ${t})`,
    shared: (n) => `shared×${n}`,
    wasSuspended: 'was suspended',
    stale: 'stale',
    guardAllow: 'guard: allow',
    guardDeny: (ids) => `guard: deny ${ids}`,
    lostSince: (s) => `The debtor is lost since ${s}:`,
  },
  'zh-CN': {
    title: (d, a, at) => `债务人 ${d}（账户 ${a}）的联系路径，时间 ${at}`,
    header: ['#', '联系方式', '接听人', '得分', '标记'],
    point: { phone: '电话', email: '邮箱', address: '地址' },
    note: '说明',
    noRoutes: '没有可用的联系路径。',
    leftOut: '已排除：',
    until: (t) => `（至 ${t}）`,
    shared: (n) => `共用×${n}`,
    wasSuspended: '曾停机',
    stale: '信息陈旧',
    guardAllow: '合规：允许',
    guardDeny: (ids) => `合规：禁止 ${ids}`,
    lostSince: (s) => `债务人自 ${s} 起失联：`,
  },
};
