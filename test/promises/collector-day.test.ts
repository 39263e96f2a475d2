import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApp } from '../support/api-harness.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

const ACCOUNT = 'ACC-CN-001-1';
const TODAY = '2026-12-01T04:00:00Z'; // 12:00 in Shanghai
const TOMORROW = '2026-12-02T04:00:00Z';
const DAY_AFTER = '2026-12-03T04:00:00Z';

interface Ledger {
  today: string;
  promises: { state: string; reminder: boolean; code: string; text?: string; paid: number }[];
}
interface Listed {
  accountId: string;
  promise?: { code: string; state: string; text?: string };
}
interface Page {
  items: Listed[];
  apart: Listed[];
}

describe("a collector's day with a promise to pay", () => {
  let svc: ServiceHarness;
  // The service's clock: the day starts at TODAY and moves on when the payment comes in.
  let now = new Date(TODAY);
  const get = async <T>(path: string, lang = 'en'): Promise<T> => {
    const res = await callApp(svc.app, 'GET', path, {
      role: 'collector',
      headers: { 'accept-language': lang },
    });
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };
  const worklistRow = async (at: string, lang = 'en'): Promise<Listed | undefined> => {
    const page = await get<Page>(`/v1/worklist?at=${at}&tz=Asia/Shanghai&limit=10`, lang);
    return [...page.items, ...page.apart].find((r) => r.accountId === ACCOUNT);
  };

  beforeAll(async () => {
    svc = await serviceHarness({ clock: () => now });
    const attempt = {
      type: 'attempt',
      id: 'PTP-1',
      accountId: ACCOUNT,
      channel: 'call',
      to: '+8618659581681',
      personId: 'CN-001',
      at: '2026-12-01T03:50:00Z',
    };
    const ingest = await svc.call('POST', '/v1/ingest', {
      role: 'investigator',
      raw: JSON.stringify(attempt),
      contentType: 'application/x-ndjson',
    });
    expect(ingest.status).toBe(200);
  });
  afterAll(async () => svc.close());

  it('refuses a promise_to_pay without its amount and date, with the field named', async () => {
    const res = await svc.call('POST', '/v1/attempts/PTP-1/outcome', {
      role: 'collector',
      body: { outcome: 'promise_to_pay', amount: 5000 },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('dueDate');
  });

  it('records a promise for tomorrow: a reminder today, due tomorrow, broken after its date', async () => {
    const recorded = await svc.call('POST', '/v1/attempts/PTP-1/outcome', {
      role: 'collector',
      body: {
        outcome: 'promise_to_pay',
        amount: 5000,
        dueDate: '2026-12-02',
        note: '明天发工资后还',
      },
    });
    expect(recorded.status).toBe(200);

    const today = await get<Ledger>(`/v1/accounts/${ACCOUNT}/promises?at=${TODAY}`, 'zh-CN');
    expect(today.promises[0]).toMatchObject({
      state: 'open',
      reminder: true,
      code: 'promise_due_tomorrow',
    });
    expect(today.promises[0]?.text).toBe(
      '承诺还款 ¥5,000.00 明日（2026年12月2日）到期，请今日提醒确认。',
    );
    expect((await worklistRow(TODAY))?.promise).toMatchObject({ code: 'promise_due_tomorrow' });

    const tomorrow = await get<Ledger>(`/v1/accounts/${ACCOUNT}/promises?at=${TOMORROW}`);
    expect(tomorrow.promises[0]).toMatchObject({ state: 'due', code: 'promise_due_today' });
    expect((await worklistRow(TOMORROW))?.promise).toMatchObject({ code: 'promise_due_today' });

    const after = await get<Ledger>(`/v1/accounts/${ACCOUNT}/promises?at=${DAY_AFTER}`, 'zh-CN');
    expect(after.promises[0]).toMatchObject({ state: 'broken', code: 'promise_broken' });
    const broken = await worklistRow(DAY_AFTER, 'zh-CN');
    expect(broken?.promise).toMatchObject({ state: 'broken', code: 'promise_broken' });
    expect(broken?.promise?.text).toBe('承诺于2026年12月2日还款 ¥5,000.00，到期未还，已违约。');
  });

  it('puts what is due first on the worklist', async () => {
    const page = await get<Page>(`/v1/worklist?at=${DAY_AFTER}&tz=Asia/Shanghai&limit=10`);
    const first = [...page.items, ...page.apart].find((r) => r.promise !== undefined);
    expect(first?.accountId).toBe(ACCOUNT);
    expect(page.items.length + page.apart.length).toBeGreaterThan(1);
  });

  it("names the pressing promise in the routes' notes, and a broken one in the route it was taken on", async () => {
    type Routes = {
      notes: { code: string; text: string }[];
      routes: {
        contact: { value: string };
        reasons: { code: string; params: { then?: { code: string }[] }; text: string }[];
      }[];
    };
    const routesAt = (at: string) =>
      get<Routes>(`/v1/debtors/CN-001/routes?accountId=${ACCOUNT}&at=${at}&limit=20`, 'zh-CN');
    const onThePromise = (r: Routes) =>
      r.routes.find((x) => x.contact.value === '+8618659581681')?.reasons[0];

    const today = await routesAt(TODAY);
    expect(today.notes[0]?.code).toBe('promise_due_tomorrow');
    expect(onThePromise(today)?.params.then?.[0]?.code).toBe('route_promise_taken');

    const after = await routesAt(DAY_AFTER);
    expect(after.notes[0]).toMatchObject({
      code: 'promise_broken',
      text: '承诺于2026年12月2日还款 ¥5,000.00，到期未还，已违约。',
    });
    const headline = onThePromise(after);
    expect(headline?.params.then?.[0]?.code).toBe('route_promise_broken');
    expect(headline?.text).toMatch(/2026年12月1日经此方式取得的还款承诺已违约$/);
  });

  it('a payment by the due date keeps the promise and takes it off the due list', async () => {
    now = new Date(DAY_AFTER);
    const paid = await svc.call('POST', '/v1/payments', {
      role: 'investigator',
      body: {
        payments: [
          {
            id: 'PAY-1',
            accountId: ACCOUNT,
            amount: 5000,
            currency: 'CNY',
            at: '2026-12-02T05:00:00Z',
          },
        ],
      },
    });
    expect(paid.status).toBe(201);
    expect(await paid.json()).toEqual({ added: 1, received: 1 });
    const after = await get<Ledger>(`/v1/accounts/${ACCOUNT}/promises?at=${DAY_AFTER}`);
    expect(after.promises[0]).toMatchObject({ state: 'kept', paid: 5000, code: 'promise_kept' });
    expect((await worklistRow(DAY_AFTER))?.promise).toBeUndefined();
    const wrong = await svc.call('POST', '/v1/payments', {
      role: 'investigator',
      body: {
        payments: [{ id: 'PAY-2', accountId: ACCOUNT, amount: 1, currency: 'USD', at: TODAY }],
      },
    });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe(
      'payment_currency_mismatch',
    );
  });
});
