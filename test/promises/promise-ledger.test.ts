import { describe, expect, it } from 'vitest';
import type { Payment, PromiseToPay } from '../../src/domain/model/index.js';
import { promiseExplanation, promiseLedger } from '../../src/domain/promises/promise-ledger.js';

const ZONE = 'Asia/Shanghai';
const promise = (over: Partial<PromiseToPay> = {}): PromiseToPay => ({
  id: 'A1',
  accountId: 'CN-A001',
  amount: 1000,
  currency: 'CNY',
  dueDate: '2026-12-03',
  madeAt: '2026-12-01T02:00:00Z',
  ...over,
});
const pay = (id: string, amount: number, at: string, currency = 'CNY'): Payment => ({
  id,
  accountId: 'CN-A001',
  amount,
  currency,
  at,
});

describe('promiseLedger', () => {
  it('is open, then a reminder the day before, due on the day, broken after it without payment', () => {
    const state = (today: string) => promiseLedger([promise()], [], today, ZONE)[0]!;
    expect(state('2026-12-01')).toMatchObject({ state: 'open', reminder: false });
    expect(state('2026-12-02')).toMatchObject({ state: 'open', reminder: true });
    expect(state('2026-12-03')).toMatchObject({ state: 'due', reminder: false });
    expect(state('2026-12-04')).toMatchObject({ state: 'broken', paid: 0, short: 1000 });
    expect(promiseExplanation(state('2026-12-02')).code).toBe('promise_due_tomorrow');
    expect(promiseExplanation(state('2026-12-04')).code).toBe('promise_broken');
  });

  it('is kept by payments up to the end of its day in the debtor’s zone, partly kept by less', () => {
    // 15:30 UTC on the 3rd is 23:30 in Shanghai: still the due day there.
    const inTime = pay('P1', 1000, '2026-12-03T15:30:00Z');
    expect(promiseLedger([promise()], [inTime], '2026-12-04', ZONE)[0]!.state).toBe('kept');
    // 16:30 UTC is already the 4th in Shanghai: too late.
    const late = pay('P2', 1000, '2026-12-03T16:30:00Z');
    expect(promiseLedger([promise()], [late], '2026-12-04', ZONE)[0]!.state).toBe('broken');
    const part = [
      pay('P3', 300.1, '2026-12-02T03:00:00Z'),
      pay('P4', 199.9, '2026-12-03T03:00:00Z'),
    ];
    expect(promiseLedger([promise()], part, '2026-12-04', ZONE)[0]).toMatchObject({
      state: 'partly_kept',
      paid: 500,
      short: 500,
      paymentIds: ['P3', 'P4'],
    });
    // another currency does not count
    expect(
      promiseLedger(
        [promise()],
        [pay('P5', 1000, '2026-12-02T03:00:00Z', 'USD')],
        '2026-12-04',
        ZONE,
      )[0]!.state,
    ).toBe('broken');
  });

  it('counts each payment once, for the promise due first', () => {
    const first = promise({ id: 'A1', amount: 500, dueDate: '2026-12-03' });
    const second = promise({ id: 'A2', amount: 500, dueDate: '2026-12-10' });
    const ledger = promiseLedger(
      [second, first],
      [pay('P1', 700, '2026-12-02T03:00:00Z')],
      '2026-12-11',
      ZONE,
    );
    expect(ledger.map((s) => [s.promise.id, s.state, s.paid])).toEqual([
      ['A2', 'partly_kept', 200],
      ['A1', 'kept', 500],
    ]);
  });

  it('is kept early, before its day, when paid in full', () => {
    const ledger = promiseLedger(
      [promise()],
      [pay('P1', 1000, '2026-12-01T05:00:00Z')],
      '2026-12-01',
      ZONE,
    );
    expect(ledger[0]!.state).toBe('kept');
  });
});
