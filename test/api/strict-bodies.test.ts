import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

interface ErrorAnswer {
  error: { code: string; details?: { issues?: { path: (string | number)[] }[] } };
}

describe('request bodies: a field the service does not know is an error, not silently dropped', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ now: new Date('2026-12-07T04:00:00Z') });
  });
  afterAll(async () => svc.close());

  const refused = async (
    path: string,
    body: unknown,
    role: 'collector' | 'investigator' = 'collector',
  ) => {
    const res = await svc.call('POST', path, { role, body });
    expect(res.status, path).toBe(400);
    const answer = (await res.json()) as ErrorAnswer;
    expect(answer.error.code).toBe('invalid_input');
    return JSON.stringify(answer.error);
  };

  it('names a misspelt field of a guard check, an outreach and a payment', async () => {
    const check = { accountId: 'ACC-CN-001-1', channel: 'call', to: '+8618659581681' };
    expect(await refused('/v1/guard/check', { ...check, recipientPersonID: 'CN-001' })).toContain(
      'recipientPersonID',
    );
    expect(
      await refused('/v1/outreach', { ...check, idempotencyKey: 'k-1', mesage: '您好' }),
    ).toContain('mesage');
    const payment = {
      id: 'PAY-S1',
      accountId: 'ACC-CN-001-1',
      amount: 100,
      currency: 'CNY',
      at: '2026-12-06T10:00:00+08:00',
    };
    expect(
      await refused('/v1/payments', { payments: [{ ...payment, ammount: 5 }] }, 'investigator'),
    ).toContain('ammount');
  });

  it('refuses two payments with one id in a request, naming the second', async () => {
    const payment = {
      id: 'PAY-S2',
      accountId: 'ACC-CN-001-1',
      amount: 100,
      currency: 'CNY',
      at: '2026-12-06T10:00:00+08:00',
    };
    const error = await refused(
      '/v1/payments',
      { payments: [payment, { ...payment, amount: 200 }] },
      'investigator',
    );
    expect(error).toContain('given twice');
    const ledger = await svc.call('GET', '/v1/accounts/ACC-CN-001-1/promises', {
      role: 'collector',
    });
    expect(JSON.stringify(await ledger.json())).not.toContain('PAY-S2');
  });
});
