import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApp } from '../support/api-harness.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

interface Verdict {
  id: string;
  code: string;
  params: Record<string, unknown>;
  reason: string;
  nextAllowed?: {
    relative: string;
    recipient: { zone: string; text: string }[];
    collector: { text: string };
  };
}

describe('explanations in the reader’s language', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ now: new Date('2026-11-20T15:30:00Z') });
  });
  afterAll(async () => svc.close());

  const nightCheck = (path: string, headers: Record<string, string>) =>
    callApp(svc.app, 'POST', path, {
      role: 'collector',
      headers,
      body: {
        accountId: 'ACC-CN-001-1',
        channel: 'sms',
        to: '+8613812345679',
        recipientPersonId: 'CN-001',
        message: '您好，请回电。',
        at: '2026-11-20T23:30:00+08:00',
      },
    });

  it('renders guard verdicts for Accept-Language zh-CN, keeping code and params beside the text', async () => {
    const res = await nightCheck('/v1/guard/check', {
      'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
    });
    expect(res.headers.get('content-language')).toBe('zh-CN');
    const body = (await res.json()) as { decision: { rules: Verdict[] } };
    const hours = body.decision.rules.find((r) => r.id === 'cn.hours');
    expect(hours?.code).toBe('outside_hours');
    expect(hours?.params).toMatchObject({ from: '08:00' });
    expect(hours?.reason).toMatch(
      /^不在对方当地时间 08:00–\d\d:00 的允许联系时段内（中国标准时间）/,
    );
    expect(hours?.nextAllowed?.recipient).toEqual([
      { zone: 'Asia/Shanghai', text: '11月21日 08:00（中国标准时间）' },
    ]);
    expect(hours?.nextAllowed?.relative).toBe('8 小时 30 分钟后');
  });

  it('?lang=en wins over the header, and ?tz= gives the collector’s zone', async () => {
    const res = await nightCheck('/v1/guard/check?lang=en&tz=America/New_York', {
      'accept-language': 'zh-CN',
    });
    expect(res.headers.get('content-language')).toBe('en');
    const body = (await res.json()) as { decision: { rules: Verdict[] } };
    const hours = body.decision.rules.find((r) => r.id === 'cn.hours');
    expect(hours?.reason).toMatch(
      /^Outside the allowed hours 08:00–\d\d:00 in the recipient’s local time \(China Standard Time\)/,
    );
    expect(hours?.nextAllowed?.collector.text).toBe('Nov 20, 19:00 (Eastern Time)');
    expect(hours?.nextAllowed?.relative).toBe('in 8 h 30 min');
  });

  it('renders the route previews’ verdicts too', async () => {
    const res = await callApp(svc.app, 'GET', '/v1/debtors/CN-001/routes?limit=2&lang=zh-CN', {
      role: 'collector',
    });
    const body = (await res.json()) as { routes: { guard?: { rules: Verdict[] } }[] };
    const reasons = body.routes.flatMap((r) => r.guard?.rules ?? []).map((r) => r.reason);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives every route reason its code, figures and text in the language asked for', async () => {
    const get = async (lang: string) => {
      const res = await callApp(svc.app, 'GET', `/v1/debtors/CN-001/routes?limit=20&lang=${lang}`, {
        role: 'collector',
      });
      return (await res.json()) as {
        routes: { reasons: { code: string; params: Record<string, unknown>; text: string }[] }[];
      };
    };
    const [zh, en] = [await get('zh-CN'), await get('en')];
    const zhReasons = zh.routes.flatMap((r) => r.reasons);
    const enReasons = en.routes.flatMap((r) => r.reasons);
    expect(zhReasons.map((r) => r.code)).toEqual(enReasons.map((r) => r.code));
    expect(zhReasons[0]).toMatchObject({ code: 'route_own', params: { point: 'mobile' } });
    expect(zhReasons[0]!.text).toMatch(/^债务人本人的手机，2026年11月\d+日已与本人通话确认$/);
    expect(enReasons[0]!.text).toMatch(
      /^debtor's own mobile, confirmed by a right-party contact on Nov \d+, 2026$/,
    );
    for (const r of zhReasons) {
      expect(r.text, r.code).not.toBe(r.code);
      // Latin letters only in ids (ACC-CN-001-1) and the names of people and firms.
      expect(
        r.text.replace(/[A-Z]+(-[A-Z0-9]+)+|[A-Za-z ]+(Rodriguez|Miller)/g, ''),
        r.code,
      ).not.toMatch(/[a-z]{3,}/);
    }
  });
});
