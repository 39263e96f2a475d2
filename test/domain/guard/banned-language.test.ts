import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/guard/decide.js';
import { policyOf, scenario } from '../../guard/guard-fixtures.js';

const policy = policyOf(
  [
    {
      id: 'lang',
      type: 'banned_language',
      phrases: [
        { category: 'threat_arrest', terms: ['坐牢', '拘留'] },
        { category: 'shaming', terms: ['告诉你们单位'] },
        { category: 'obscenity', terms: ['fuck'] },
        {
          category: 'threat_violence',
          terms: [],
          near: [
            {
              terms: [
                ['打断', '打折'],
                ['腿', '手'],
              ],
              within: 4,
            },
          ],
        },
      ],
    },
  ],
  { jurisdictions: ['CN'] },
);
const at = new Date('2026-03-03T15:00:00+08:00');

function say(message: string): ReturnType<typeof decide> {
  const { request, context } = scenario({ jurisdiction: 'CN', e164: '+8613800138000' });
  request.channel = 'sms';
  request.message = message;
  return decide(request, context, [policy], at);
}

describe('banned language', () => {
  it('"再不还钱就让你坐　牢" → threat_arrest, span over the inserted full-width space', () => {
    expect(say('再不还钱就让你坐　牢').rules[0]?.matches).toEqual([
      { category: 'threat_arrest', phrase: '坐牢', start: 7, end: 10, text: '坐　牢' },
    ]);
  });

  it('"告訴你們單位" (traditional) → shaming', () => {
    expect(say('告訴你們單位').rules[0]?.matches).toEqual([
      { category: 'shaming', phrase: '告诉你们单位', start: 0, end: 6, text: '告訴你們單位' },
    ]);
  });

  it('"ｆｕｃｋ" (full-width) → obscenity', () => {
    expect(say('ｆｕｃｋ').rules[0]?.matches).toEqual([
      { category: 'obscenity', phrase: 'fuck', start: 0, end: 4, text: 'ｆｕｃｋ' },
    ]);
  });

  it('reports every match, in order, with category and span in the reason', () => {
    const d = say('拘留……坐牢');
    expect(d.rules[0]?.matches?.map((m) => m.phrase)).toEqual(['拘留', '坐牢']);
    expect(d.rules[0]?.reason).toBe(
      'banned language: threat_arrest "拘留" at 0–2, threat_arrest "坐牢" at 4–6',
    );
  });

  it('clean text and calls without a message pass', () => {
    expect(say('您好，请回电').outcome).toBe('allow');
    const { request, context } = scenario({ jurisdiction: 'CN', e164: '+8613800138000' });
    expect(decide(request, context, [policy], at).outcome).toBe('allow');
  });

  it('names its check banned_language with the categories and phrases found', () => {
    expect(say('再不还钱就让你坐牢，我们会告诉你们单位').rules).toEqual([
      expect.objectContaining({
        id: 'lang',
        kind: 'fail',
        code: 'banned_language',
        params: { categories: ['threat_arrest', 'shaming'], phrases: ['坐牢', '告诉你们单位'] },
      }),
    ]);
  });

  it('names the words as the message has them, not a proximity pattern’s alternatives', () => {
    const rule = say('再不还就打断你的腿').rules[0];
    expect(rule?.code).toBe('banned_language');
    expect(rule?.params).toEqual({ categories: ['threat_violence'], phrases: ['打断你的腿'] });
  });
});
