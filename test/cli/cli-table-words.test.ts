import { describe, expect, it } from 'vitest';
import type { RoutesResult, RouteView } from '../../src/app/routes/get-routes.js';
import type { WorklistPage } from '../../src/app/worklist/get-worklist.js';
import { formatRoutesTable } from '../../src/cli/commands/routes.js';
import { formatWorklist } from '../../src/cli/commands/worklist.js';
import type { Lang } from '../../src/messages/language.js';
import { renderMessage, term } from '../../src/messages/render-message.js';
import { relativeTime } from '../../src/messages/times.js';

const HAN = /\p{Script=Han}/u;

describe('the worklist and routes tables take their own words from the catalogue', () => {
  const page: WorklistPage = {
    at: '2026-11-20T02:00:00Z',
    today: '2026-11-20',
    items: [],
    apart: [
      {
        accountId: 'ACC-1',
        debtorId: 'D1',
        debtorName: '王芳',
        balance: 1200,
        currency: 'CNY',
        stage: 'early',
        code: 'worklist_opens_at',
        params: { opensAt: '2026-11-20T04:30:00Z' },
        opensAt: '2026-11-20T04:30:00Z',
        rules: [],
      },
      {
        accountId: 'ACC-2',
        debtorId: 'D2',
        debtorName: 'Ann Lee',
        balance: 50,
        currency: 'USD',
        stage: 'early',
        code: 'worklist_no_route',
        params: {},
        rules: [],
      },
    ],
  };

  it('an empty page, the accounts set apart and when they open, in both languages', () => {
    const zone = { timeZone: 'Asia/Shanghai' };
    const opens = (lang: Lang) =>
      renderMessage(lang, 'worklist_opens_at', page.apart[0]!.params, zone);
    const inTwoHours = (lang: Lang) =>
      relativeTime(lang, new Date('2026-11-20T04:30:00Z'), new Date(page.at));
    expect(formatWorklist(page, 'zh-CN', 'Asia/Shanghai')).toBe(
      [
        '（暂无可联系的账户）',
        '',
        '暂不可联系：',
        `- 王芳 ACC-1  ${opens('zh-CN')}（${inTwoHours('zh-CN')}）`,
        '- Ann Lee ACC-2  没有已知的联系方式。',
        '',
      ].join('\n'),
    );
    expect(inTwoHours('zh-CN')).toMatch(HAN);
    expect(formatWorklist(page, 'en', 'Asia/Shanghai')).toBe(
      [
        '(nothing to contact now)',
        '',
        'Not contactable now:',
        `- 王芳 ACC-1  ${opens('en')} (${inTwoHours('en')})`,
        `- Ann Lee ACC-2  ${renderMessage('en', 'worklist_no_route')}`,
        '',
      ].join('\n'),
    );
  });

  it('names who answers a route with their relation, in both languages', () => {
    const route = {
      rank: 1,
      contact: { kind: 'phone', value: '+8613800000000' },
      recipient: { personId: 'P2', name: '李强', relation: 'spouse' },
      score: 0.5,
      reasons: [],
      flags: {},
    } as unknown as RouteView;
    const result = {
      debtorId: 'D1',
      accountId: 'ACC-1',
      at: '2026-11-20T02:00:00.000Z',
      routes: [route, { ...route, rank: 2, recipient: { personId: 'P3', relation: 'self' } }],
      excluded: [],
      notes: [],
    } as unknown as RoutesResult;
    const zh = formatRoutesTable(result, 'zh-CN');
    expect(zh).toContain('李强（配偶）');
    expect(zh).toContain('P3（债务人本人）');
    const en = formatRoutesTable(result, 'en');
    expect(en).toContain(`李强 (${term('en', 'relation', 'spouse')})`);
    expect(en).toContain(`P3 (${term('en', 'relation', 'self')})`);
    expect(en).not.toMatch(/[（）]/);
  });
});
