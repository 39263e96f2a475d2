import { describe, expect, it, onTestFinished } from 'vitest';
import { callApp } from '../support/api-harness.js';
import { importOverApi } from '../support/import-over-api.js';
import { serviceHarness } from '../support/service-harness.js';

const AT = '2026-11-19T10:00:00Z';
const ACCOUNT = 'ACC-CN-001-1'; // kept in CNY

interface ErrorBody {
  error: {
    code: string;
    message: string;
    params?: Record<string, unknown>;
    details?: { path: string; message: string }[];
  };
}

describe('an amount finer than its currency’s minor unit is refused', () => {
  it('POST /v1/payments: 0.001 CNY, naming the currency and its decimals, in en and zh-CN', async () => {
    const h = await serviceHarness();
    onTestFinished(() => h.close());
    const post = (lang: string, amount: number, currency = 'CNY') =>
      callApp(h.app, 'POST', '/v1/payments', {
        role: 'investigator',
        headers: { 'accept-language': lang },
        body: { payments: [{ id: 'PAY-1', accountId: ACCOUNT, amount, currency, at: AT }] },
      });
    const en = await post('en', 0.001);
    expect(en.status).toBe(400);
    const enBody = (await en.json()) as ErrorBody;
    expect(enBody.error).toMatchObject({
      code: 'amount_finer_than_minor_unit',
      params: { path: 'payments[0].amount', amount: '0.001', currency: 'CNY', digits: 2 },
      message:
        "payments[0].amount: 0.001 CNY is finer than the currency's smallest unit (CNY has 2 decimals)",
    });
    const zh = (await (await post('zh-CN', 0.001)).json()) as ErrorBody;
    expect(zh.error.message).toBe(
      'payments[0].amount：金额 0.001 CNY 小于该币种的最小单位（CNY 最多 2 位小数）。',
    );
    const jpy = (await (await post('en', 10.5, 'JPY')).json()) as ErrorBody;
    expect(jpy.error.code).toBe('amount_finer_than_minor_unit');
    expect(jpy.error.message).toContain('JPY has no decimals');
    expect((await post('en', 19.99)).status).toBe(201);
  });

  it('POST /v1/payments: an unknown currency code is invalid input, worded in zh-CN too', async () => {
    const h = await serviceHarness();
    onTestFinished(() => h.close());
    const res = await callApp(h.app, 'POST', '/v1/payments', {
      role: 'investigator',
      headers: { 'accept-language': 'zh-CN' },
      body: {
        payments: [{ id: 'PAY-1', accountId: ACCOUNT, amount: 1, currency: 'XYZ', at: AT }],
      },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.details).toEqual([
      expect.objectContaining({
        path: 'payments.0.currency',
        message: '应为 ISO 4217 货币代码（如 CNY、USD）',
      }),
    ]);
  });

  it('a promise_to_pay of 10.005 in the account’s CNY is refused and not stored', async () => {
    const h = await serviceHarness({ now: new Date('2026-12-01T04:00:00Z') });
    onTestFinished(() => h.close());
    const attempt = {
      type: 'attempt',
      id: 'PTP-1',
      accountId: ACCOUNT,
      channel: 'call',
      to: '+8618659581681',
      personId: 'CN-001',
      at: '2026-12-01T03:50:00Z',
    };
    expect((await importOverApi(h, [attempt])).accepted).toBe(1);
    const outcome = (lang: string, amount: number) =>
      callApp(h.app, 'POST', '/v1/attempts/PTP-1/outcome', {
        role: 'collector',
        headers: { 'accept-language': lang },
        body: { outcome: 'promise_to_pay', amount, dueDate: '2026-12-05' },
      });
    const en = await outcome('en', 10.005);
    expect(en.status).toBe(400);
    expect(((await en.json()) as ErrorBody).error).toMatchObject({
      code: 'amount_finer_than_minor_unit',
      params: { path: 'amount', amount: '10.005', currency: 'CNY', digits: 2 },
    });
    const zh = (await (await outcome('zh-CN', 10.005)).json()) as ErrorBody;
    expect(zh.error.message).toBe(
      'amount：金额 10.005 CNY 小于该币种的最小单位（CNY 最多 2 位小数）。',
    );
    expect(await h.store.listPromises(ACCOUNT)).toEqual([]);
    expect((await outcome('en', 10.05)).status).toBe(200);
  });

  it('an import rejects an account balance or principal, and a payment, finer than the unit, by line', async () => {
    const h = await serviceHarness({ demo: false });
    onTestFinished(() => h.close());
    const account = {
      type: 'account',
      debtorId: 'P1',
      product: 'loan',
      principal: 1000,
      balance: 800,
      dueDate: '2026-10-01',
      jurisdiction: 'CN',
    };
    const records = [
      { type: 'person', id: 'P1', name: '张伟' },
      { ...account, id: 'A1', currency: 'CNY', balance: 800.001 },
      { ...account, id: 'A2', currency: 'JPY', principal: 1000.5 },
      { ...account, id: 'A3', currency: 'CNY', balance: 799.99 },
      { type: 'payment', id: 'PAY-1', accountId: 'A3', amount: 0.001, currency: 'CNY', at: AT },
      { ...account, id: 'A4', currency: 'XYZ' },
    ];
    const en = await importOverApi(h, records, 'en');
    expect(en.status).toBe(200);
    expect(en.accepted).toBe(2);
    expect(en.rejected.map((r) => [r.line, r.code, r.params?.path])).toEqual([
      [2, 'amount_finer_than_minor_unit', 'account.balance'],
      [3, 'amount_finer_than_minor_unit', 'account.principal'],
      [5, 'amount_finer_than_minor_unit', 'payment.amount'],
      [6, 'invalid_record', undefined],
    ]);
    expect(en.rejected[1]?.message).toBe(
      "account.principal: 1000.5 JPY is finer than the currency's smallest unit (JPY has no decimals)",
    );
    expect(en.rejected[3]?.message).toBe(
      'account: currency: expected an ISO 4217 currency code (CNY, USD)',
    );
    const zh = await importOverApi(h, records, 'zh-CN');
    expect(zh.rejected[0]?.message).toBe(
      'account.balance：金额 800.001 CNY 小于该币种的最小单位（CNY 最多 2 位小数）。',
    );
    expect(await h.store.getAccount('A1')).toBeUndefined();
    expect(await h.store.getAccount('A3')).toBeDefined();
  });
});
