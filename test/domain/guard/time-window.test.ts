import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/guard/decide.js';
import { localTime } from '../../../src/domain/guard/local-time.js';
import { insideWindow, nextAllowedInAll, windowOf } from '../../../src/domain/guard/time-window.js';
import { policyOf, scenario } from '../../guard/guard-fixtures.js';

const hours = { id: 'hours', type: 'time_window', from: '08:00', to: '21:00' };
const policy = policyOf([hours]);
const w = windowOf({
  from: '08:00',
  to: '21:00',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  holidays: ['2026-12-25', '01-01'],
});

describe('time window', () => {
  it('a debtor with only a 415 number: 07:30 Pacific is denied, nextAllowedAt 08:00 Pacific', () => {
    const { request, context } = scenario();
    const d = decide(request, context, [policy], new Date('2026-03-03T07:30:00-08:00'));
    expect(d.outcome).toBe('deny');
    expect(d.rules[0]).toMatchObject({ id: 'hours', nextAllowedAt: '2026-03-03T16:00:00.000Z' });
  });

  it('the same number with a current address in New York: 10:00 Eastern (07:00 Pacific) is denied', () => {
    const { request, context } = scenario();
    context.recipient.currentAddress = {
      id: 'h',
      line: 'x',
      city: 'New York',
      region: 'NY',
      country: 'US',
    };
    const d = decide(request, context, [policy], new Date('2026-03-03T10:00:00-05:00'));
    expect(d.outcome).toBe('deny');
    expect(d.rules[0]?.reason).toContain('America/Los_Angeles');
    expect(d.rules[0]?.nextAllowedAt).toBe('2026-03-03T16:00:00.000Z');
  });

  it('an explicit person timezone decides alone', () => {
    const { request, context } = scenario();
    context.debtor.timezone = 'America/New_York';
    context.recipient.person = context.debtor;
    expect(decide(request, context, [policy], new Date('2026-03-03T08:30:00-05:00')).outcome).toBe(
      'allow',
    );
  });

  it('no candidate zone → deny without a next time', () => {
    const { request, context } = scenario({ e164: '+18005550100' });
    const d = decide(request, context, [policy], new Date('2026-03-03T12:00:00-08:00'));
    expect(d.rules[0]?.id).toBe('hours');
    expect(d.rules[0]?.nextAllowedAt).toBeUndefined();
  });

  it('skips disallowed days and holidays (dated and yearly)', () => {
    const friday = Date.parse('2026-12-25T12:00:00-08:00'); // Christmas, a Friday
    expect(insideWindow(w, localTime('America/Los_Angeles', friday))).toBe(false);
    expect(new Date(nextAllowedInAll(w, ['America/Los_Angeles'], friday) ?? 0).toISOString()).toBe(
      '2026-12-28T16:00:00.000Z',
    ); // Monday 08:00
    const newYear = Date.parse('2027-01-01T09:00:00-08:00');
    expect(insideWindow(w, localTime('America/Los_Angeles', newYear))).toBe(false);
  });

  it('crosses daylight saving time correctly (US spring forward on 2026-03-08)', () => {
    const early = Date.parse('2026-03-09T06:00:00-07:00');
    expect(new Date(nextAllowedInAll(w, ['America/Los_Angeles'], early) ?? 0).toISOString()).toBe(
      '2026-03-09T15:00:00.000Z',
    ); // 08:00 PDT
  });

  it('finds the earliest time inside the window in every zone (Shanghai and Los Angeles overlap 16:00–21:00 Pacific)', () => {
    const daily = windowOf({
      from: '08:00',
      to: '21:00',
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      holidays: [],
    });
    const at = Date.parse('2026-03-03T09:00:00-08:00'); // 01:00 in Shanghai
    const next = nextAllowedInAll(daily, ['America/Los_Angeles', 'Asia/Shanghai'], at);
    expect(new Date(next ?? 0).toISOString()).toBe('2026-03-04T00:00:00.000Z'); // 16:00 Pacific = 08:00 Shanghai
  });

  it('gives up (no next time) when the zones never overlap', () => {
    const narrow = windowOf({
      from: '09:00',
      to: '10:00',
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      holidays: [],
    });
    expect(
      nextAllowedInAll(
        narrow,
        ['America/Los_Angeles', 'Asia/Shanghai'],
        Date.parse('2026-03-03T00:00:00Z'),
      ),
    ).toBeUndefined();
  });

  it('applies only to its channels', () => {
    const calls = policyOf([{ ...hours, channels: ['call'] }]);
    const { request, context } = scenario();
    request.channel = 'email';
    expect(decide(request, context, [calls], new Date('2026-03-03T03:00:00-08:00')).outcome).toBe(
      'allow',
    );
  });

  it('names its checks: outside_hours with the window and the zones, no_timezone without a zone', () => {
    const { request, context } = scenario();
    const early = decide(request, context, [policy], new Date('2026-03-03T07:30:00-08:00'));
    expect(early.rules[0]).toMatchObject({
      kind: 'fail',
      code: 'outside_hours',
      params: {
        from: '08:00',
        to: '21:00',
        outside: ['America/Los_Angeles'],
        zones: ['America/Los_Angeles'],
        basis: ['phone area code'],
      },
    });
    const tollFree = scenario({ e164: '+18005550100' });
    const d = decide(
      tollFree.request,
      tollFree.context,
      [policy],
      new Date('2026-03-03T12:00:00-08:00'),
    );
    expect(d.rules).toEqual([
      expect.objectContaining({ id: 'hours', kind: 'fail', code: 'no_timezone', params: {} }),
    ]);
  });
});
