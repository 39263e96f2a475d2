import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

const NOW = '2026-12-07T04:00:00Z';

describe('dates no view or rule would ever find are refused, not stored', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ now: new Date(NOW) });
    await svc.store.recordAttempts([
      {
        id: 'DATE-1',
        accountId: 'ACC-CN-001-1',
        at: '2026-12-07T03:50:00Z',
        channel: 'call',
        contact: { kind: 'phone', value: '+8618659581681' },
        personId: 'CN-001',
      },
    ]);
  });
  afterAll(async () => svc.close());

  const codeOf = async (res: Response): Promise<string> =>
    ((await res.json()) as { error: { code: string } }).error.code;

  it('a payment, a guard check and a worklist day in year 9999 or 0001 are 400s', async () => {
    const payment = await svc.call('POST', '/v1/payments', {
      role: 'investigator',
      body: {
        payments: [
          {
            id: 'P-9999',
            accountId: 'ACC-CN-001-1',
            amount: 1,
            currency: 'CNY',
            at: '9999-01-01T00:00:00Z',
          },
        ],
      },
    });
    expect(payment.status).toBe(400);
    const check = await svc.call('POST', '/v1/guard/check', {
      role: 'collector',
      body: {
        accountId: 'ACC-CN-001-1',
        channel: 'call',
        to: '+8618659581681',
        at: '0001-01-01T00:00:00Z',
      },
    });
    expect(check.status).toBe(400);
    const worklist = await svc.call('GET', '/v1/worklist?at=9999-01-01T00:00:00Z', {
      role: 'collector',
    });
    expect(worklist.status).toBe(400);
  });

  it('a promise due in 9999, or before it was made, is refused and nothing is promised', async () => {
    const outcome = (dueDate: string) =>
      svc.call('POST', '/v1/attempts/DATE-1/outcome', {
        role: 'collector',
        body: { outcome: 'promise_to_pay', amount: 100, dueDate },
      });
    expect((await outcome('9999-12-31')).status).toBe(400);
    const before = await outcome('2026-11-01');
    expect(before.status).toBe(400);
    expect(await codeOf(before)).toBe('promise_due_before_made');
    const ledger = await svc.call('GET', `/v1/accounts/ACC-CN-001-1/promises?at=${NOW}`, {
      role: 'collector',
    });
    expect(JSON.stringify(await ledger.json())).not.toContain('DATE-1');
    expect((await outcome('2026-12-08')).status).toBe(200);
  });
});
