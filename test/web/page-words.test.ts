import { describe, expect, it } from 'vitest';
import { chineseWords, englishWords } from './page-words.js';

describe('the page language checker', () => {
  it('finds an English sentence on a Chinese page, and leaves ids, numbers and names alone', () => {
    expect(englishWords("债务人本人的手机 debtor's own mobile")).toEqual([
      'debtor',
      'own',
      'mobile',
    ]);
    expect(
      englishWords(
        '张明（账户 ACC-CN-001-1 的担保人）+8618841515738 cn.calls_per_day us-reg-f CN Mary Rodriguez',
        ['Mary Rodriguez'],
      ),
    ).toEqual([]);
    expect(englishWords('状态：open')).toEqual(['open']);
  });

  it('finds Chinese words on an English page, and leaves the names alone', () => {
    expect(chineseWords('held by 张伟 (from the loan application)', ['张伟'])).toEqual([]);
    expect(chineseWords('Status: 未结清')).toEqual(['未结清']);
  });
});
