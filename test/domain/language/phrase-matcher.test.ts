import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/domain/language/normalise-text.js';
import { PhraseMatcher } from '../../../src/domain/language/phrase-matcher.js';

const matcher = new PhraseMatcher([
  { phrase: '坐牢', category: 'threat_arrest' },
  { phrase: '告诉你们单位', category: 'shaming' },
  { phrase: 'fuck', category: 'obscenity' },
]);

describe('normaliseText', () => {
  it('folds full-width, case, traditional Chinese and drops inserted separators, keeping a position map', () => {
    const n = normaliseText('ＡＢ 告訴-你們');
    expect(n.text).toBe('ab告诉你们');
    expect(Array.from(n.starts)).toEqual([0, 1, 3, 4, 6, 7]);
    expect(Array.from(n.ends)).toEqual([1, 2, 4, 5, 7, 8]);
  });

  it('keeps surrogate pairs as one original span', () => {
    const n = normaliseText('a😀b');
    expect(n.text).toBe('ab');
    expect(Array.from(n.starts)).toEqual([0, 3]);
  });
});

describe('PhraseMatcher', () => {
  it('catches a threat split by an ideographic space, with the span in the original text', () => {
    const text = '再不还钱就让你坐　牢';
    const [m] = matcher.scan(text);
    expect(m).toMatchObject({
      category: 'threat_arrest',
      phrase: '坐牢',
      start: 7,
      end: 10,
      text: '坐　牢',
    });
  });

  it('catches traditional characters against a simplified phrase', () => {
    expect(matcher.scan('告訴你們單位')).toEqual([
      { category: 'shaming', phrase: '告诉你们单位', start: 0, end: 6, text: '告訴你們單位' },
    ]);
  });

  it('catches full-width obscenity', () => {
    expect(matcher.scan('ｆｕｃｋ')).toEqual([
      { category: 'obscenity', phrase: 'fuck', start: 0, end: 4, text: 'ｆｕｃｋ' },
    ]);
    expect(matcher.scan('F.u.C.k you')[0]).toMatchObject({
      category: 'obscenity',
      start: 0,
      end: 7,
    });
  });

  it('finds overlapping phrases through failure links', () => {
    const overlapping = new PhraseMatcher(
      ['告诉', '告诉你', '你们单位', '单位'].map((phrase) => ({ phrase, category: 'c' })),
    );
    const hits = overlapping.scan('我告诉你们单位').map((m) => `${m.phrase}@${m.start}`);
    expect(hits.sort()).toEqual(['你们单位@3', '单位@5', '告诉@1', '告诉你@1']);
  });

  it('finds nothing in clean text', () => {
    expect(matcher.scan('您好，请回电')).toEqual([]);
  });

  it('agrees with a plain includes loop on the folded text', () => {
    const phrases = Array.from({ length: 200 }, (_, i) => ({
      phrase: `词${String.fromCharCode(0x4e00 + i)}${i}`,
      category: 'c',
    }));
    const m = new PhraseMatcher(phrases);
    const text = `前缀${phrases[17]?.phrase}中间 ${phrases[150]?.phrase}后缀`;
    const folded = normaliseText(text).text;
    const expected = phrases.filter((p) => folded.includes(p.phrase)).map((p) => p.phrase);
    expect(m.scan(text).map((x) => x.phrase)).toEqual(expected);
  });
});

describe('word phrases', () => {
  const words = new PhraseMatcher([
    { phrase: 'IRS', category: 'false_government' },
    { phrase: 'FBI', category: 'false_government' },
    { phrase: 'arrest', category: 'threat_arrest' },
    { phrase: 'fuck', category: 'obscenity' },
  ]);

  it('matches only at the start of a word, so short terms do not fire inside other words', () => {
    expect(words.scan('first of all, your date of birth')).toEqual([]);
    expect(words.scan('This is the IRS calling').map((m) => m.text)).toEqual(['IRS']);
    expect(words.scan('you will be arrested').map((m) => m.text)).toEqual(['arrest']);
  });

  it('joins letters spelled out with separators but keeps words apart', () => {
    expect(normaliseText('f u c k you').text).toBe('fuck you');
    expect(normaliseText('I will call you').text).toBe('i will call you');
    expect(words.scan('F-U-C-K off')[0]).toMatchObject({
      category: 'obscenity',
      start: 0,
      end: 7,
      text: 'F-U-C-K',
    });
  });
});

describe('automaton against a brute-force search', () => {
  it('finds exactly the occurrences indexOf finds, for 2,000 random phrases over 200 random texts', () => {
    let seed = 7;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pool =
      '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对';
    const pick = (n: number): string =>
      Array.from({ length: n }, () => pool[Math.floor(rand() * pool.length)]).join('');
    const phrases = [
      ...new Set(Array.from({ length: 2000 }, () => pick(2 + Math.floor(rand() * 3)))),
    ];
    const m = new PhraseMatcher(phrases.map((phrase) => ({ phrase, category: 'c' })));
    for (let t = 0; t < 200; t++) {
      const text = pick(80);
      const expected: string[] = [];
      for (const p of phrases)
        for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1))
          expected.push(`${p}@${at}`);
      const got = m.scan(text).map((x) => `${x.phrase}@${x.start}`);
      expect(got.sort()).toEqual(expected.sort());
    }
  });
});
