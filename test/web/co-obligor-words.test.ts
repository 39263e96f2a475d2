import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/ui-en.js';
import { zh } from '../../web/src/i18n/ui-zh-CN.js';

/** The co-obligor note as each language's catalogue words it. */
function note(lang: 'en' | 'zh-CN', params: Record<string, string>): string {
  const text = lang === 'en' ? en.routesOfAccountDebtor : zh.routesOfAccountDebtor;
  return String(new IntlMessageFormat(text, lang).format(params));
}

describe("the co-obligor note's words", () => {
  const base = { name: '张明', role: 'guarantor', account: 'ACC-CN-001-1', debtorId: 'CN-001' };

  it("names the borrower with the id in each language's brackets", () => {
    const named = { ...base, named: 'yes', debtorName: '张伟' };
    expect(note('zh-CN', { ...named, role: '担保人' })).toBe(
      '张明是账户 ACC-CN-001-1 的担保人：以下路径按该账户借款人张伟（CN-001）排序。',
    );
    expect(note('en', named)).toBe(
      '张明 is the guarantor on ACC-CN-001-1: these are the routes to the debt on it, ranked for its borrower 张伟 (CN-001).',
    );
  });

  it('gives the id alone when the picture does not hold the name', () => {
    const unnamed = { ...base, named: 'no', debtorName: '' };
    expect(note('zh-CN', { ...unnamed, role: '担保人' })).toBe(
      '张明是账户 ACC-CN-001-1 的担保人：以下路径按该账户借款人CN-001排序。',
    );
    expect(note('en', unnamed)).toBe(
      '张明 is the guarantor on ACC-CN-001-1: these are the routes to the debt on it, ranked for its borrower CN-001.',
    );
  });
});
