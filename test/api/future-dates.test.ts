import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

const NOW = '2026-11-20T02:00:00Z';
type ErrorAnswer = { error: { code: string; message: string; params?: Record<string, unknown> } };

describe('dates of what happened may not lie ahead of the clock (beyond a day of skew)', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ now: new Date(NOW) });
    await svc.store.recordAttempts([
      {
        id: 'FUT-1',
        accountId: 'ACC-CN-001-1',
        at: '2026-11-20T01:50:00Z',
        channel: 'call',
        contact: { kind: 'phone', value: '+8618659581681' },
        personId: 'CN-001',
      },
    ]);
  });
  afterAll(async () => svc.close());

  const pay = (at: string, lang = 'en') =>
    svc.call('POST', `/v1/payments?lang=${lang}`, {
      role: 'investigator',
      body: {
        payments: [
          { id: `PAY-${at}`, accountId: 'ACC-CN-001-1', amount: 100, currency: 'CNY', at },
        ],
      },
    });

  it('a payment received after tomorrow is 400 date_in_future in both languages, and nothing is recorded', async () => {
    const en = await pay('2026-11-22T00:00:00Z');
    expect(en.status).toBe(400);
    const enBody = (await en.json()) as ErrorAnswer;
    expect(enBody.error).toMatchObject({
      code: 'date_in_future',
      params: { path: 'payments[0].at', observedAt: '2026-11-22T00:00:00Z' },
    });
    expect(enBody.error.message).toMatch(/^payments\[0\]\.at: Nov 22, 2026 is later than now/);
    const zh = (await (await pay('2026-11-22T00:00:00Z', 'zh-CN')).json()) as ErrorAnswer;
    expect(zh.error.message).toMatch(/^payments\[0\]\.at：2026年11月22日 晚于当前时间/);
    const ledger = await svc.call('GET', `/v1/accounts/ACC-CN-001-1/promises?at=${NOW}`, {
      role: 'collector',
    });
    expect(JSON.stringify(await ledger.json())).not.toContain('PAY-2026-11-22');
    // Within the day of skew (a provider east of UTC, a clock a little fast) it is recorded.
    expect((await pay('2026-11-20T10:00:00+08:00')).status).toBe(201);
  });

  it('a fact learnt on a call that holds only from next week is 400 date_in_future, and the outcome is not recorded', async () => {
    const res = await svc.call('POST', '/v1/attempts/FUT-1/outcome?lang=zh-CN', {
      role: 'collector',
      body: {
        outcome: 'right_party',
        learnt: { phones: [{ phone: '13912345678', seenAt: '2026-11-27' }] },
      },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorAnswer;
    expect(body.error).toMatchObject({
      code: 'date_in_future',
      params: { path: 'learnt.phones[0].seenAt' },
    });
    expect(body.error.message).toMatch(/^learnt\.phones\[0\]\.seenAt：2026年11月27日 晚于当前时间/);
    expect((await svc.store.getAttempt('FUT-1'))?.outcome).toBeUndefined();
  });
});
