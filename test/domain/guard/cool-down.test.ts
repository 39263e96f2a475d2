import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/guard/decide.js';
import { attempts, policyOf, scenario } from '../../guard/guard-fixtures.js';

const pause = policyOf([
  {
    id: 'pause',
    type: 'cool_down',
    channels: ['call'],
    after: ['right_party', 'promise_to_pay'],
    duration: '7d',
  },
]);
const at = new Date('2026-03-03T20:00:00Z');

describe('cool-down after a conversation', () => {
  it('a call two days after a right_party outcome is denied until seven days after it', () => {
    const { request, context } = scenario();
    context.history = attempts(1, '2026-03-01T20:00:00Z', { outcome: 'right_party' });
    expect(decide(request, context, [pause], at).rules).toEqual([
      expect.objectContaining({ id: 'pause', nextAllowedAt: '2026-03-08T20:00:00.000Z' }),
    ]);
  });

  it('uses the latest conversation', () => {
    const { request, context } = scenario();
    context.history = [
      ...attempts(1, '2026-02-27T20:00:00Z', { id: 'a', outcome: 'promise_to_pay' }),
      ...attempts(1, '2026-03-02T20:00:00Z', { id: 'b', outcome: 'right_party' }),
    ];
    expect(decide(request, context, [pause], at).rules[0]?.nextAllowedAt).toBe(
      '2026-03-09T20:00:00.000Z',
    );
  });

  it('no pause after eight days, after other outcomes, on other accounts, or for texts', () => {
    const { request, context } = scenario();
    context.history = attempts(1, '2026-02-23T20:00:00Z', { outcome: 'right_party' });
    expect(decide(request, context, [pause], at).outcome).toBe('allow');
    context.history = attempts(1, '2026-03-02T20:00:00Z', { outcome: 'no_answer' });
    expect(decide(request, context, [pause], at).outcome).toBe('allow');
    context.history = attempts(1, '2026-03-02T20:00:00Z', {
      outcome: 'right_party',
      accountId: 'A2',
    });
    expect(decide(request, context, [pause], at).outcome).toBe('allow');
    context.history = attempts(1, '2026-03-02T20:00:00Z', { outcome: 'right_party' });
    request.channel = 'sms';
    expect(decide(request, context, [pause], at).outcome).toBe('allow');
  });

  it('a conversation by text does not start the pause (telephone conversations do)', () => {
    const { request, context } = scenario();
    context.history = attempts(1, '2026-03-02T20:00:00Z', {
      outcome: 'right_party',
      channel: 'sms',
    });
    expect(decide(request, context, [pause], at).outcome).toBe('allow');
  });

  it('names its check cool_down with when the conversation was, how long ago, and the pause', () => {
    const { request, context } = scenario();
    context.history = attempts(1, '2026-03-01T20:00:00Z', { outcome: 'right_party' });
    expect(decide(request, context, [pause], at).rules[0]).toMatchObject({
      kind: 'fail',
      code: 'cool_down',
      params: {
        conversationAt: '2026-03-01T20:00:00.000Z',
        hoursAgo: 48,
        channels: ['call'],
        duration: '7d',
      },
    });
  });
});
