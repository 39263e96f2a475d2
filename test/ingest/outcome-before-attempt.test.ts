import { describe, expect, it, onTestFinished } from 'vitest';
import { importHarness, importOverApi } from '../support/import-over-api.js';

const attempt = (id: string, outcomeAt: string) => ({
  type: 'attempt',
  id,
  accountId: 'A1',
  channel: 'call',
  to: '+8613800138000',
  at: '2026-11-02T10:15:00+08:00',
  outcome: 'no_answer',
  outcomeAt,
});

describe('an imported outcome must not come before its attempt', () => {
  it('rejects outcomeAt before at by line with outcome_before_attempt, in both languages', async () => {
    const h = await importHarness();
    onTestFinished(() => h.close());
    const records = [
      attempt('T-OK', '2026-11-02T02:15:00Z'), // the same instant, written in UTC
      attempt('T-BAD', '2026-11-02T10:14:00+08:00'),
    ];
    const en = await importOverApi(h, records, 'en');
    expect(en.status).toBe(200);
    expect(en.accepted).toBe(1);
    expect(en.rejected).toEqual([
      {
        line: 2,
        code: 'outcome_before_attempt',
        message:
          'the outcome at Nov 2, 2026, 02:14 is before the attempt was made (Nov 2, 2026, 02:15)',
        params: { outcomeAt: '2026-11-02T10:14:00+08:00', attemptAt: '2026-11-02T10:15:00+08:00' },
      },
    ]);
    const zh = await importOverApi(h, records, 'zh-CN');
    expect(zh.rejected[0]?.message).toBe(
      '结果时间 2026年11月2日 02:14 早于这次联系的时间（2026年11月2日 02:15）。',
    );
    expect(await h.store.getAttempt('T-BAD')).toBeUndefined();
    expect((await h.store.getAttempt('T-OK'))?.outcome).toBe('no_answer');
  });
});
