import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/guard/decide.js';
import { attempts, policyOf, scenario } from '../../guard/guard-fixtures.js';

const at = new Date('2026-03-03T20:00:00Z'); // noon Pacific
const cap = (extra: Record<string, unknown>): ReturnType<typeof policyOf> =>
  policyOf([
    {
      id: 'cap',
      type: 'frequency_cap',
      scope: 'account',
      channels: ['call'],
      max: 7,
      window: '7d',
      ...extra,
    },
  ]);

describe('frequency cap', () => {
  it('seven recorded calls in seven days: the eighth check is denied, with the time the oldest leaves the window', () => {
    const { request, context } = scenario();
    context.history = attempts(7, '2026-03-03T18:00:00Z');
    const d = decide(request, context, [cap({})], at);
    expect(d.rules).toEqual([
      expect.objectContaining({ id: 'cap', nextAllowedAt: '2026-03-10T12:00:00.000Z' }),
    ]); // oldest at 12:00Z + 7 days
  });

  it('six recorded calls: the seventh is allowed', () => {
    const { request, context } = scenario();
    context.history = attempts(6, '2026-03-03T18:00:00Z');
    expect(decide(request, context, [cap({})], at).outcome).toBe('allow');
  });

  it('scope contact_point counts other accounts on the same number; scope account does not', () => {
    const { request, context } = scenario();
    context.history = attempts(3, '2026-03-03T18:00:00Z', { accountId: 'OTHER' });
    expect(decide(request, context, [cap({ max: 3 })], at).outcome).toBe('allow');
    expect(decide(request, context, [cap({ max: 3, scope: 'contact_point' })], at).outcome).toBe(
      'deny',
    );
  });

  it('scope debtor counts the debtor’s other accounts', () => {
    const { request, context } = scenario();
    context.debtorAccountIds = ['A1', 'A2'];
    context.history = attempts(3, '2026-03-03T18:00:00Z', {
      accountId: 'A2',
      contact: { kind: 'phone', value: '+14155550111' },
    });
    expect(decide(request, context, [cap({ max: 3, scope: 'debtor' })], at).outcome).toBe('deny');
  });

  it('scope recipient counts attempts reaching the same person on any number', () => {
    const { request, context } = scenario();
    context.history = attempts(2, '2026-03-03T18:00:00Z', {
      accountId: 'A9',
      contact: { kind: 'phone', value: '+14155550111' },
    });
    expect(decide(request, context, [cap({ max: 2, scope: 'recipient' })], at).outcome).toBe(
      'deny',
    );
  });

  it('outcome filter counts only those outcomes, and attempts with no outcome yet', () => {
    const { request, context } = scenario();
    context.history = [
      ...attempts(2, '2026-03-03T18:00:00Z', { outcome: 'right_party' }),
      ...attempts(1, '2026-03-03T19:00:00Z', { id: 'open' }),
    ];
    const unanswered = cap({ max: 2, outcomes: ['no_answer', 'busy'] });
    expect(decide(request, context, [unanswered], at).outcome).toBe('allow');
    context.history = [
      ...context.history,
      ...attempts(1, '2026-03-03T19:30:00Z', { id: 'na', outcome: 'no_answer' }),
    ];
    expect(decide(request, context, [unanswered], at).outcome).toBe('deny');
  });

  it('max 0 forbids the channel with no next time', () => {
    const { request, context } = scenario();
    const d = decide(request, context, [cap({ max: 0 })], at);
    expect(d.rules[0]?.nextAllowedAt).toBeUndefined();
    expect(d.outcome).toBe('deny');
  });

  it('names its check cap_exceeded with the count, the cap, the channels, the scope and the window', () => {
    const { request, context } = scenario();
    context.history = attempts(7, '2026-03-03T18:00:00Z');
    expect(decide(request, context, [cap({})], at).rules[0]).toMatchObject({
      kind: 'fail',
      code: 'cap_exceeded',
      params: { count: 7, max: 7, channels: ['call'], scope: 'account', window: '7d' },
    });
  });
});
