import { isKnownZone, localTime } from '../guard/local-time.js';
import type { CodedMessage } from '../model/coded-message.js';
import type { Payment, PromiseToPay } from '../model/promise.js';

/**
 * Where a promise stands: `open` before its day, `due` on it, then `kept` (paid in full by the end of
 * its day, which may happen early), `partly_kept` (something paid, not all) or `broken` (nothing).
 */
export type PromiseState = 'open' | 'due' | 'kept' | 'partly_kept' | 'broken';

/** A promise with what was paid towards it and its state on `today`. */
export interface PromiseStatus {
  promise: PromiseToPay;
  state: PromiseState;
  paid: number;
  /** What is still missing of the amount (0 when kept). */
  short: number;
  /** The day before the due date is today: confirm the promise (the practice's reminder call). */
  reminder: boolean;
  /** Ids of the payments counted towards it. */
  paymentIds: string[];
}

/** The calendar day of an instant in an IANA zone (UTC when the zone is unknown). */
export function dayIn(at: string | Date, zone: string | undefined): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return localTime(zone !== undefined && isKnownZone(zone) ? zone : 'UTC', ms).date;
}

/** The calendar day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Money compared in cents, so 0.1 + 0.2 pays 0.3. */
const cents = (x: number): number => Math.round(x * 100);

/**
 * Every promise on an account with its state on `today`: payments (same currency, made from the
 * promise on and by the end of its due day in the debtor's zone) are given to promises in due-date
 * order, each payment counted once, so two promises never share one payment.
 * @example promiseLedger([p], [pay], '2026-12-04', 'Asia/Shanghai')[0].state // 'kept'
 */
export function promiseLedger(
  promises: readonly PromiseToPay[],
  payments: readonly Payment[],
  today: string,
  zone: string | undefined,
): PromiseStatus[] {
  const left = new Map(payments.map((p) => [p.id, cents(p.amount)]));
  const byTime = [...payments].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const ordered = [...promises].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || Date.parse(a.madeAt) - Date.parse(b.madeAt),
  );
  const statuses = new Map<string, PromiseStatus>();
  for (const promise of ordered) {
    const want = cents(promise.amount);
    let paid = 0;
    const paymentIds: string[] = [];
    const madeMs = Date.parse(promise.madeAt);
    for (const payment of byTime) {
      if (paid >= want) break;
      const remaining = left.get(payment.id) ?? 0;
      if (remaining <= 0 || payment.currency !== promise.currency) continue;
      // A payment the same day just before the call still counts: people pay, then say so.
      if (dayIn(payment.at, zone) < dayIn(new Date(madeMs), zone)) continue;
      if (dayIn(payment.at, zone) > promise.dueDate) continue;
      const used = Math.min(remaining, want - paid);
      left.set(payment.id, remaining - used);
      paid += used;
      paymentIds.push(payment.id);
    }
    const state: PromiseState =
      paid >= want
        ? 'kept'
        : today < promise.dueDate
          ? 'open'
          : today === promise.dueDate
            ? 'due'
            : paid > 0
              ? 'partly_kept'
              : 'broken';
    statuses.set(promise.id, {
      promise,
      state,
      paid: paid / 100,
      short: Math.max(0, want - paid) / 100,
      reminder: state === 'open' && nextDay(today) === promise.dueDate,
      paymentIds,
    });
  }
  return promises.map((p) => statuses.get(p.id) as PromiseStatus);
}

/** The explanation of a promise's state: a catalogue code and its parameters. */
export function promiseExplanation(
  status: PromiseStatus,
): CodedMessage<Record<string, string | number>> {
  const { promise, paid, short } = status;
  const params = { amount: promise.amount, currency: promise.currency, dueDate: promise.dueDate };
  switch (status.state) {
    case 'kept':
      return { code: 'promise_kept', params };
    case 'partly_kept':
      return { code: 'promise_partly_kept', params: { ...params, paid, short } };
    case 'broken':
      return { code: 'promise_broken', params };
    case 'due':
      return { code: 'promise_due_today', params: { ...params, paid } };
    case 'open':
      return { code: status.reminder ? 'promise_due_tomorrow' : 'promise_open', params };
  }
}
