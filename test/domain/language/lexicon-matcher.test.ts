import { describe, expect, it } from 'vitest';
import { LexiconMatcher } from '../../../src/domain/language/lexicon-matcher.js';
import { nearMatches } from '../../../src/domain/language/near-pattern.js';
import { normaliseText } from '../../../src/domain/language/normalise-text.js';

const matcher = new LexiconMatcher([
  {
    category: 'threat_arrest',
    terms: ['坐牢', 'jail', 'arrest', 'locked up'],
    soundsLike: ['坐牢'],
  },
  { category: 'obscenity', terms: ['fuck', 'shit'] },
  {
    category: 'shaming',
    terms: [],
    near: [
      {
        terms: [
          ['通知', '告诉'],
          ['领导', '单位'],
        ],
        within: 6,
      },
      { terms: [['call', 'tell'], ['boss']], within: 10 },
    ],
  },
]);

/** Each hit as "category:original text". */
function hits(text: string): string[] {
  return matcher.scan(text).map((m) => `${m.category}:${m.text}`);
}

describe('look-alike letters (Unicode confusables)', () => {
  it('reads Cyrillic and Greek letters that imitate Latin ones as those letters', () => {
    expect(hits('you will go to jаil')).toEqual(['threat_arrest:jаil']); // Cyrillic а
    expect(hits('ΑRRΕST')).toEqual(['threat_arrest:ΑRRΕST']); // Greek capitals
    expect(normaliseText('Ρrison').text).toBe('prison');
  });

  it('removes accents, and keeps Chinese and Hangul as they are', () => {
    expect(normaliseText('árrêst').text).toBe('arrest');
    expect(normaliseText('한국어 테스트 坐牢').text).toBe('한국어 테스트坐牢');
  });
});

describe('leetspeak and masked letters', () => {
  it('reads digits and symbols inside words as letters, with the span in the original text', () => {
    const [m] = matcher.scan('再不还就进j@il');
    expect(m).toMatchObject({ category: 'threat_arrest', phrase: 'jail', start: 5, end: 9 });
    expect(hits('you will sit in ja1l')).toEqual(['threat_arrest:ja1l']);
    expect(hits('1ocked up for good')).toEqual(['threat_arrest:1ocked up']);
    expect(hits('$hit')).toEqual(['obscenity:$hit']);
  });

  it('matches masked spellings of single words', () => {
    expect(hits('f*ck you')).toEqual(['obscenity:f*ck']);
    expect(hits('f**k')).toEqual(['obscenity:f**k']);
    expect(hits('what the f@ck')).toEqual(['obscenity:f@ck']);
    expect(hits('sh#t')).toEqual(['obscenity:sh#t']);
  });

  it('leaves amounts, times and phone numbers alone', () => {
    expect(hits('pay $500 by 5pm, call 1-800-555-0100 or 400-820-1234')).toEqual([]);
    expect(hits('Ref A17, 3rd notice, 4th floor')).toEqual([]);
  });
});

describe('spaced-out letters', () => {
  it('joins single letters spaced out in any script', () => {
    expect(hits('you will be a r r e s t e d')).toEqual(['threat_arrest:a r r e s t']);
    expect(hits('J-A-I-L')).toEqual(['threat_arrest:J-A-I-L']);
    expect(hits('ј а і l')).toEqual(['threat_arrest:ј а і l']); // Cyrillic ј а і
  });
});

describe('pinyin and homophones (soundsLike)', () => {
  it('matches pinyin spellings, in any case, with tone marks or digits', () => {
    expect(hits('让你 zuo lao')).toEqual(['threat_arrest:zuo lao']);
    expect(hits('ZUOLAO')).toEqual(['threat_arrest:ZUOLAO']);
    expect(hits('zuò láo')).toEqual(['threat_arrest:zuò láo']);
    expect(hits('zuo4 lao2')).toEqual(['threat_arrest:zuo4 lao']);
    expect(hits('等着坐lao吧')).toEqual(['threat_arrest:坐lao']);
  });

  it('matches homophones that keep one of the characters, with the original span', () => {
    const [m] = matcher.scan('再不还钱就让你做牢');
    expect(m).toMatchObject({ phrase: '坐牢', start: 7, end: 9, text: '做牢' });
    expect(hits('准备坐劳吧')).toEqual(['threat_arrest:坐劳']);
  });

  it('does not match ordinary words that only sound alike', () => {
    expect(hits('他在学校做老师')).toEqual([]);
    expect(hits('座椅老化了')).toEqual([]);
  });
});

describe('proximity patterns (near)', () => {
  it('matches terms within the distance, in order', () => {
    expect(hits('我们会通知你的领导')).toEqual(['shaming:通知你的领导']);
    expect(hits("we'll call your boss")).toEqual(['shaming:call your boss']);
    expect(hits('We will C-A-L-L your b0ss')).toEqual(['shaming:C-A-L-L your b0ss']);
  });

  it('does not match terms too far apart or out of order', () => {
    expect(hits('通知：本月账单已出，如有疑问请联系客服，我们的领导')).toEqual([]);
    expect(hits('my boss will call you')).toEqual([]);
  });

  it('counts folded characters, not inserted separators', () => {
    expect(hits('通　知……你　的　单　位')).toEqual(['shaming:通　知……你　的　单　位']);
  });

  it('takes the earliest continuation of each first term', () => {
    expect(
      nearMatches(
        [
          [{ first: 0, last: 1 }],
          [
            { first: 9, last: 10 },
            { first: 4, last: 5 },
          ],
        ],
        3,
      ),
    ).toEqual([{ first: 0, last: 5 }]);
  });
});
