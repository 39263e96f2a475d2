import { z } from 'zod';
import { IsoDate } from './evidence.js';
import { Identifier } from './identifier.js';
import { patternString } from './issue-message.js';
import { Currency } from './money-amount.js';

/** Jurisdiction code such as US-CA, US-NY, CN or GB; a place below state level has a third part (US-NY-NYC). */
export const Jurisdiction = patternString(
  /^[A-Z]{2}(-[A-Z0-9]{1,3}){0,2}$/,
  'issue_jurisdiction',
  'jurisdiction like US-CA, US-NY-NYC, CN or GB',
);

export const AccountStatus = z.enum(['open', 'closed', 'charged_off', 'settled']);

/** A debt: who owes it, how much, since when, and under which jurisdiction's rules. */
export const Account = z.object({
  id: Identifier,
  debtorId: Identifier,
  product: z.string().min(1).max(64),
  currency: Currency,
  principal: z.number().nonnegative(),
  /** What is still owed; 0 when paid off. A credit (negative) balance is no debt to collect. */
  balance: z.number().nonnegative(),
  dueDate: IsoDate,
  jurisdiction: Jurisdiction,
  status: AccountStatus.default('open'),
});
export type Account = z.infer<typeof Account>;

const DAY_MS = 86_400_000;

/** Days past due at `at` (0 when not yet due). */
export function daysPastDue(account: Pick<Account, 'dueDate'>, at: Date): number {
  const due = Date.parse(account.dueDate);
  return Math.max(0, Math.floor((at.getTime() - due) / DAY_MS));
}
