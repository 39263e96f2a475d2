import { describe, expect, it } from 'vitest';
import { optOutKeyword } from '../../src/domain/inbound/opt-out-reply.js';

describe('opt-out replies', () => {
  it('recognises every keyword alone, in any case, with punctuation, spaces or full-width letters', () => {
    for (const [text, keyword] of [
      ['STOP', 'stop'],
      ['Stop!', 'stop'],
      ['  stop.  ', 'stop'],
      ['End', 'end'],
      ['quit', 'quit'],
      ['CANCEL', 'cancel'],
      ['Unsubscribe', 'unsubscribe'],
      ['revoke', 'revoke'],
      ['OPT OUT', 'optout'],
      ['opt-out', 'optout'],
      ['退订', '退订'],
      ['退订。', '退订'],
      ['TD', 'td'],
      ['ＴＤ', 'td'],
      ['取消！', '取消'],
      ['"STOP" 🙏', 'stop'],
    ] as const)
      expect(optOutKeyword(text), text).toBe(keyword);
  });

  it('does not read a sentence that contains the word as an opt-out', () => {
    for (const text of [
      "please don't stop calling me",
      'I will pay at the end of the month',
      'stop by the office tomorrow',
      '我想取消分期',
      'stopwatch',
      '',
      '!!!',
    ])
      expect(optOutKeyword(text), text).toBeUndefined();
  });
});
