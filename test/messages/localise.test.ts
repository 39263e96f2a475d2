import { describe, expect, it } from 'vitest';
import { localisedJson } from '../../src/api/localise.js';

const now = new Date('2026-12-02T00:00:00Z');

describe('localisedJson', () => {
  it('rewrites every coded explanation in the reader’s language and keeps code and params', () => {
    const body = {
      decision: {
        outcome: 'deny',
        rules: [
          {
            id: 'cn.hours',
            code: 'outside_hours',
            params: {
              from: '08:00',
              to: '21:00',
              outside: ['Asia/Shanghai'],
              zones: ['Asia/Shanghai'],
              basis: ['current address'],
            },
            reason: 'outside 08:00–21:00 local time in Asia/Shanghai',
            nextAllowedAt: '2026-12-02T00:08:00.000Z',
          },
          { id: 'x', code: 'new_rule_without_catalogue', params: {}, reason: 'English words' },
        ],
      },
      error: { code: 'not_found', message: 'left alone: no params' },
    };
    const before = structuredClone(body);
    const worded = localisedJson(body, {
      lang: 'zh-CN',
      zone: 'America/New_York',
      now,
    }) as typeof body;
    expect(body).toEqual(before);
    const [hours, unknown] = worded.decision.rules as Array<Record<string, unknown>>;
    expect(hours!.reason).toBe(
      '不在对方当地时间 08:00–21:00 的允许联系时段内（中国标准时间）；时区依据：现住址。',
    );
    expect(hours!.code).toBe('outside_hours');
    expect(hours!.nextAllowed).toMatchObject({
      relative: '8 分钟后',
      recipient: [{ zone: 'Asia/Shanghai', text: '12月2日 08:08（中国标准时间）' }],
      collector: { zone: 'America/New_York', text: '12月1日 19:08（北美东部时间）' },
    });
    expect(unknown!.reason).toBe('new_rule_without_catalogue');
    expect(worded.error.message).toBe('left alone: no params');
  });

  it('leaves an explanation’s params as its arguments: no nextAllowed block inside them', () => {
    const body = {
      noAllowedRoute: {
        code: 'no_route_allowed_now',
        params: { nextAllowedAt: '2026-12-02T00:08:00.000Z', count: 2 },
        reason: 'nothing allowed now',
        nextAllowedAt: '2026-12-02T00:08:00.000Z',
      },
    };
    const worded = localisedJson(body, { lang: 'en', zone: 'UTC', now }) as typeof body;
    expect(worded.noAllowedRoute.params).toEqual({
      nextAllowedAt: '2026-12-02T00:08:00.000Z',
      count: 2,
    });
    expect((worded.noAllowedRoute as Record<string, unknown>).nextAllowed).toBeDefined();
  });

  it('keeps a Date and other non-literal values as they are, for JSON to serialise', () => {
    const at = new Date('2026-12-02T01:00:00Z');
    const worded = localisedJson({ at, list: [at] }, { lang: 'en', zone: 'UTC', now });
    expect(JSON.stringify(worded)).toBe(JSON.stringify({ at, list: [at] }));
  });
});
