import { describe, expect, it, onTestFinished } from 'vitest';
import { importHarness, importOverApi } from '../support/import-over-api.js';

const account = (id: string, balance: number) => ({
  type: 'account',
  id,
  debtorId: 'D1',
  product: 'consumer_loan',
  currency: 'CNY',
  principal: 1000,
  balance,
  dueDate: '2026-08-15',
  jurisdiction: 'CN',
});

describe('an account balance must be 0 or more', () => {
  it('rejects a negative balance by line, in both languages, and keeps a zero one', async () => {
    const h = await importHarness();
    onTestFinished(() => h.close());
    const records = [
      { type: 'person', id: 'D1', name: '张伟' },
      account('A-NEG', -0.01),
      account('A-ZERO', 0),
    ];
    const en = await importOverApi(h, records, 'en');
    expect(en.status).toBe(200);
    expect(en.accepted).toBe(2);
    expect(en.rejected).toHaveLength(1);
    expect(en.rejected[0]).toMatchObject({ line: 2, code: 'invalid_record' });
    expect(en.rejected[0]?.message).toBe(
      'account: balance: must be 0 or more (a credit balance is not a debt to collect)',
    );
    const zh = await importOverApi(h, records, 'zh-CN');
    expect(zh.rejected[0]).toMatchObject({ line: 2, code: 'invalid_record' });
    expect(zh.rejected[0]?.message).toBe(
      'account 记录的字段不符合要求：balance：不能为负数（贷方余额不是待催收的欠款）。',
    );
    expect(await h.store.getAccount('A-NEG')).toBeUndefined();
    expect((await h.store.getAccount('A-ZERO'))?.balance).toBe(0);
  });
});
