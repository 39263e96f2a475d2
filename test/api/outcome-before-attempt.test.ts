import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

const NOW = '2026-11-20T02:00:00Z';

describe('an outcome is never recorded before its attempt', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ now: new Date(NOW) });
    // An attempt dated after the service's clock (a client clock running fast).
    await svc.store.recordAttempts([
      {
        id: 'LATE-1',
        accountId: 'ACC-CN-001-1',
        at: '2026-11-20T03:00:00Z',
        channel: 'call',
        contact: { kind: 'phone', value: '+8618659581681' },
        personId: 'CN-001',
      },
    ]);
  });
  afterAll(async () => svc.close());

  const record = (lang: string) =>
    svc.call('POST', `/v1/attempts/LATE-1/outcome?lang=${lang}`, {
      role: 'collector',
      body: { outcome: 'no_answer' },
    });

  it('answers 400 outcome_before_attempt in both languages and leaves the attempt as it was', async () => {
    const en = await record('en');
    expect(en.status).toBe(400);
    const enBody = (await en.json()) as { error: { code: string; message: string } };
    expect(enBody.error).toMatchObject({
      code: 'outcome_before_attempt',
      message:
        'the outcome at Nov 20, 2026, 02:00 is before the attempt was made (Nov 20, 2026, 03:00)',
    });
    const zh = await record('zh-CN');
    expect(zh.status).toBe(400);
    const zhBody = (await zh.json()) as { error: { code: string; message: string } };
    expect(zhBody.error.message).toBe(
      '结果时间 2026年11月20日 02:00 早于这次联系的时间（2026年11月20日 03:00）。',
    );
    expect((await svc.store.getAttempt('LATE-1'))?.outcome).toBeUndefined();
  });
});
