import { z } from 'zod';
import { IsoDate } from './evidence.js';
import { Identifier } from './identifier.js';
import { Currency } from './money-amount.js';
import { isPlausibleYear, plausibleYearCheck } from './plausible-year.js';

/** A calendar day, YYYY-MM-DD (a promise's due date is a day, not an instant). */
export const CalendarDay = z.iso.date().refine(isPlausibleYear, plausibleYearCheck());

/** What a debtor promised on a `promise_to_pay` outcome: how much, in which currency, by which day. */
export const PromiseTerms = z.object({
  amount: z.number().positive().max(1e12),
  currency: Currency,
  dueDate: CalendarDay,
});
export type PromiseTerms = z.infer<typeof PromiseTerms>;

/** A promise to pay on an account, taken on an attempt (its id is the attempt's). */
export const PromiseToPay = PromiseTerms.extend({
  id: Identifier,
  accountId: Identifier,
  madeAt: IsoDate,
});
export type PromiseToPay = z.infer<typeof PromiseToPay>;

/** A payment received on an account (import record `payment`, or `POST /v1/payments`). */
export const Payment = z.strictObject({
  id: Identifier,
  accountId: Identifier,
  amount: z.number().positive().max(1e12),
  currency: Currency,
  at: IsoDate,
});
export type Payment = z.infer<typeof Payment>;
