import { describe, expect, it, onTestFinished } from 'vitest';
import { ingest } from '../../src/app/ingest/ingest.js';
import { callApp } from '../support/api-harness.js';
import { importOverApi } from '../support/import-over-api.js';
import { serviceHarness } from '../support/service-harness.js';

const HAN = /[\u4e00-\u9fff]/;
const AT = '2026-11-19T10:00:00Z';

interface ErrorBody {
  error: { code: string; message: string; params?: Record<string, unknown> };
}

describe('a payment is recorded in its account’s currency only', () => {
  it('POST /v1/payments refuses a USD payment on a CNY account, naming both currencies', async () => {
    const h = await serviceHarness();
    onTestFinished(() => h.close());
    const post = (lang: string) =>
      callApp(h.app, 'POST', '/v1/payments', {
        role: 'investigator',
        headers: { 'accept-language': lang },
        body: {
          payments: [
            { id: 'PAY-OK', accountId: 'ACC-CN-001-1', amount: 10, currency: 'CNY', at: AT },
            { id: 'PAY-USD', accountId: 'ACC-CN-001-1', amount: 10, currency: 'USD', at: AT },
          ],
        },
      });
    const en = await post('en');
    expect(en.status).toBe(400);
    const enBody = (await en.json()) as ErrorBody;
    expect(enBody.error.code).toBe('payment_currency_mismatch');
    expect(enBody.error.params).toEqual({
      path: 'payments[1].currency',
      paymentCurrency: 'USD',
      accountCurrency: 'CNY',
    });
    expect(enBody.error.message).toBe(
      "payments[1].currency: the payment is in USD, but its account is kept in CNY; a payment is recorded in its account's currency",
    );
    const zh = (await (await post('zh-CN')).json()) as ErrorBody;
    expect(zh.error.code).toBe('payment_currency_mismatch');
    expect(zh.error.message).toBe(
      'payments[1].currency：该笔还款的币种为 USD，而账户以 CNY 计价；还款须使用账户的币种。',
    );
    expect(zh.error.message).toMatch(HAN);
    // Refused whole: the good payment beside it is not recorded either.
    const ledger = await callApp(h.app, 'GET', '/v1/accounts/ACC-CN-001-1/promises', {
      role: 'collector',
    });
    expect(((await ledger.json()) as { payments: unknown[] }).payments).toEqual([]);
  });

  it('an import rejects the payment line by number and keeps the other lines', async () => {
    const h = await serviceHarness({ demo: false });
    onTestFinished(() => h.close());
    const payment = { type: 'payment', amount: 10, at: AT };
    const records = [
      { type: 'person', id: 'P1', name: '张伟' },
      {
        type: 'account',
        id: 'A1',
        debtorId: 'P1',
        product: 'loan',
        currency: 'CNY',
        principal: 1000,
        balance: 800,
        dueDate: '2026-10-01',
        jurisdiction: 'CN',
      },
      { ...payment, id: 'PAY-1', accountId: 'A1', currency: 'CNY' },
      { ...payment, id: 'PAY-2', accountId: 'A1', currency: 'USD' },
    ];
    const en = await importOverApi(h, records, 'en');
    expect(en.status).toBe(200);
    expect(en.accepted).toBe(3);
    expect(en.rejected).toEqual([
      {
        line: 4,
        code: 'payment_currency_mismatch',
        message:
          "payment.currency: the payment is in USD, but its account is kept in CNY; a payment is recorded in its account's currency",
        params: { path: 'payment.currency', paymentCurrency: 'USD', accountCurrency: 'CNY' },
      },
    ]);
    // The account is now in the store (an earlier import): the check reads it there.
    const again = await importOverApi(
      h,
      [{ ...payment, id: 'PAY-3', accountId: 'A1', currency: 'EUR' }],
      'zh-CN',
    );
    expect(again.status).toBe(400);
    expect(again.errorCode).toBe('nothing_imported');
    expect(again.rejected[0]).toMatchObject({ line: 1, code: 'payment_currency_mismatch' });
    expect(again.rejected[0]?.message).toBe(
      'payment.currency：该笔还款的币种为 EUR，而账户以 CNY 计价；还款须使用账户的币种。',
    );
    expect((await h.store.listPayments('A1')).map((p) => p.id)).toEqual(['PAY-1']);
  });

  it('checks a payment whose account comes on a later line, even past a batch, and keeps the rest', async () => {
    const h = await serviceHarness({ demo: false });
    onTestFinished(() => h.close());
    const payment = { type: 'payment', amount: 10, at: AT };
    const account = (id: string, currency: string) => ({
      type: 'account',
      id,
      debtorId: 'P1',
      product: 'loan',
      currency,
      principal: 1000,
      balance: 800,
      dueDate: '2026-10-01',
      jurisdiction: 'CN',
    });
    const lines = [
      { ...payment, id: 'PAY-1', accountId: 'A1', currency: 'USD' },
      { ...payment, id: 'PAY-2', accountId: 'A1', currency: 'CNY' },
      { ...payment, id: 'PAY-3', accountId: 'A-NOWHERE', currency: 'JPY' },
      { type: 'person', id: 'P1', name: '张伟' },
      account('A1', 'CNY'),
      { ...payment, id: 'PAY-4', accountId: 'A1', currency: 'EUR' },
    ];
    const { store } = h;
    const ndjson = lines.map((l) => JSON.stringify(l)).join('\n');
    // Batches of two lines: the account is written two batches after the first payment.
    const summary = await ingest(store, ndjson, {
      format: 'ndjson',
      batchSize: 2,
      now: new Date(AT),
    });
    expect(summary.rejected.map((r) => [r.line, r.code, r.params])).toEqual([
      [
        1,
        'payment_currency_mismatch',
        { path: 'payment.currency', paymentCurrency: 'USD', accountCurrency: 'CNY' },
      ],
      [
        6,
        'payment_currency_mismatch',
        { path: 'payment.currency', paymentCurrency: 'EUR', accountCurrency: 'CNY' },
      ],
    ]);
    expect(summary.accepted).toBe(4);
    expect(summary.byType.payment).toBe(2);
    expect((await store.listPayments('A1')).map((p) => p.id)).toEqual(['PAY-2']);
    // A payment on an account found nowhere is kept and warned about, as before.
    expect((await store.listPayments('A-NOWHERE')).map((p) => p.id)).toEqual(['PAY-3']);
    expect(summary.warnings).toMatchObject([{ line: 3, code: 'unknown_reference' }]);
  });
});
