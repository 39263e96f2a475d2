import { describe, expect, it } from 'vitest';
import { requestsInNote } from '../../../src/domain/requests/requests-in-note.js';

const read = (note: string) => requestsInNote(note).map(({ clause: _clause, ...r }) => r);

describe('requestsInNote: the limits a consumer stated, from a collector’s note', () => {
  it.each([
    ["Said don't call her at work.", [{ kind: 'inconvenient_place', place: 'workplace' }]],
    ['No calls at the office please', [{ kind: 'inconvenient_place', place: 'workplace' }]],
    ["Don't call before 10am", [{ kind: 'inconvenient_time', from: '00:00', to: '10:00' }]],
    ['do not call after 8:30 pm', [{ kind: 'inconvenient_time', from: '20:30', to: '24:00' }]],
    [
      'only after 6 pm on weekdays',
      [
        {
          kind: 'inconvenient_time',
          from: '00:00',
          to: '18:00',
          days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        },
      ],
    ],
    [
      "please don't call between 12 and 2 pm",
      [{ kind: 'inconvenient_time', from: '12:00', to: '14:00' }],
    ],
    [
      "don't call on sundays",
      [{ kind: 'inconvenient_time', from: '00:00', to: '24:00', days: ['sun'] }],
    ],
    ['stop calling me', [{ kind: 'opt_out', channel: 'call', onThisContact: false }]],
    ['stop texting this number', [{ kind: 'opt_out', channel: 'sms', onThisContact: true }]],
    ['no more emails', [{ kind: 'opt_out', channel: 'email', onThisContact: false }]],
    ["don't come to my house", [{ kind: 'opt_out', channel: 'visit', onThisContact: false }]],
  ])('en: %s', (note, expected) => {
    expect(read(note)).toEqual(expected);
  });

  it.each([
    ['客户说不要打到单位', [{ kind: 'inconvenient_place', place: 'workplace' }]],
    ['别往公司打电话', [{ kind: 'inconvenient_place', place: 'workplace' }]],
    ['晚上8点以后别打', [{ kind: 'inconvenient_time', from: '20:00', to: '24:00' }]],
    ['早上九点前不要打', [{ kind: 'inconvenient_time', from: '00:00', to: '09:00' }]],
    ['下午三点以后才方便', [{ kind: 'inconvenient_time', from: '00:00', to: '15:00' }]],
    ['不要在12点到14点之间打', [{ kind: 'inconvenient_time', from: '12:00', to: '14:00' }]],
    ['上班时间别打', [{ kind: 'inconvenient_time', from: '09:00', to: '18:00' }]],
    [
      '周末不要打电话',
      [{ kind: 'inconvenient_time', from: '00:00', to: '24:00', days: ['sat', 'sun'] }],
    ],
    ['别再给我发短信了', [{ kind: 'opt_out', channel: 'sms', onThisContact: false }]],
    ['不要打这个号码', [{ kind: 'opt_out', channel: 'call', onThisContact: true }]],
    ['别上门', [{ kind: 'opt_out', channel: 'visit', onThisContact: false }]],
  ])('zh: %s', (note, expected) => {
    expect(read(note)).toEqual(expected);
  });

  it('reads every clause of a note, and nothing from clauses that grant contact or say other things', () => {
    expect(read('说上班时间别打，晚上8点以后也不要打。承诺月底还款').map((r) => r.from)).toEqual([
      '09:00',
      '20:00',
    ]);
    for (const note of [
      'ok to call at work',
      "don't worry, call anytime",
      'will pay on friday, no problem',
      '客户态度好，承诺月底还款',
      '可以打单位电话',
      '随时联系',
    ])
      expect(read(note), note).toEqual([]);
  });
});
