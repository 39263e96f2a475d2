import { describe, expect, it, onTestFinished } from 'vitest';
import { importHarness, importOverApi } from '../support/import-over-api.js';

// The service's clock; dates up to a day later are clock skew, not the future.
const NOW = new Date('2026-11-20T02:00:00Z');

describe('a date something was observed on must not be in the future', () => {
  it('rejects evidence, a line status, an attempt and a payment dated after now (+1 day) by line', async () => {
    const h = await importHarness(NOW);
    onTestFinished(() => h.close());
    const phone = { type: 'phone', personId: 'P1', region: 'CN', source: 'application' };
    const records = [
      { type: 'person', id: 'P1', name: '张伟' },
      { ...phone, number: '138 0013 8000', lastSeen: '2026-11-21' },
      { ...phone, number: '139 1234 5678', lastSeen: '2026-11-22' },
      { ...phone, number: '186 5958 1681', status: 'active', statusAt: '2026-12-01' },
      {
        type: 'email',
        personId: 'P1',
        address: 'zhangwei@example.cn',
        source: 'bureau',
        firstSeen: '2026-11-21T09:00:00+08:00',
      },
      {
        type: 'attempt',
        id: 'T1',
        accountId: 'A1',
        channel: 'call',
        to: '+8613800138000',
        at: '2026-11-25T10:00:00+08:00',
      },
      {
        type: 'payment',
        id: 'PAY-1',
        accountId: 'A1',
        amount: 100,
        currency: 'CNY',
        at: '2026-11-22T00:00:00Z',
      },
    ];
    const en = await importOverApi(h, records, 'en');
    expect(en.status).toBe(200);
    expect(en.accepted).toBe(3);
    expect(en.rejected.map((r) => [r.line, r.code, r.params?.path])).toEqual([
      [3, 'date_in_future', 'phone.lastSeen'],
      [4, 'date_in_future', 'phone.statusAt'],
      [6, 'date_in_future', 'attempt.at'],
      [7, 'date_in_future', 'payment.at'],
    ]);
    expect(en.rejected[0]?.message).toBe(
      'phone.lastSeen: Nov 22, 2026 is later than now (Nov 20, 2026, 02:00, allowing a day of clock skew): it cannot have been observed yet',
    );
    const zh = await importOverApi(h, records, 'zh-CN');
    expect(zh.rejected[0]?.message).toBe(
      'phone.lastSeen：2026年11月22日 晚于当前时间（2026年11月20日 02:00，已留出一天的时钟误差），不可能已经发生。',
    );
    expect(await h.store.getAttempt('T1')).toBeUndefined();
    expect(await h.store.getPhone('+8613912345678')).toBeUndefined();
    expect(await h.store.getPhone('+8613800138000')).toBeDefined();
  });
});
