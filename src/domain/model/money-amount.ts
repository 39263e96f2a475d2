import { z } from 'zod';
import { issueCheck } from './issue-message.js';

/**
 * The ISO 4217 currencies the runtime's Intl data knows (the current ones: CNY, USD, JPY, …). A
 * well-formed code outside it (XYZ) is a typing mistake: Intl would format it with a guessed two
 * decimals, and every promise and payment on it would be judged against nothing real.
 */
const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** True when `code` is a current ISO 4217 currency code. */
export function isKnownCurrency(code: string): boolean {
  return KNOWN_CURRENCIES.has(code);
}

/** An ISO 4217 currency code the runtime knows (the known set implies the three-capitals form). */
export const Currency = z
  .string()
  .refine(
    isKnownCurrency,
    issueCheck('expected an ISO 4217 currency code (CNY, USD)', 'issue_currency_code'),
  );

const digitsCache = new Map<string, number>();

/**
 * Decimals of the currency's minor unit (CNY 2, JPY 0, BHD 3), from ISO 4217 as Intl carries it;
 * locale-independent, so the runtime's default locale does not change the answer.
 */
export function minorUnitDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat(undefined, { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/**
 * Decimals the number is written with at its shortest (what JSON gave: 19.99 → 2, 1e-7 → 7), so
 * binary rounding (19.99 × 100 = 1998.9999…) does not count as a finer amount.
 */
export function decimalsOf(amount: number): number {
  const [mantissa = '', exponent = '0'] = String(Math.abs(amount)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** Why an amount cannot be paid in its currency: it is finer than the minor unit. */
export interface MinorUnitProblem {
  currency: string;
  digits: number;
}

/**
 * The amount's problem when it is finer than its currency's minor unit (0.001 CNY, 10.5 JPY), else
 * undefined: nobody can pay a part of a fen, so such a promise is never kept and such a balance
 * never cleared.
 * @example finerThanMinorUnit(10.5, 'JPY') // { currency: 'JPY', digits: 0 }
 */
export function finerThanMinorUnit(amount: number, currency: string): MinorUnitProblem | undefined {
  const digits = minorUnitDigits(currency);
  return decimalsOf(amount) > digits ? { currency, digits } : undefined;
}

/**
 * The `amount_finer_than_minor_unit` explanation of the amount at `path` (English words and the
 * catalogue's arguments), else undefined; the API refuses with it, the import rejects the line.
 */
export function minorUnitExplanation(
  path: string,
  amount: number,
  currency: string,
):
  | { message: string; params: { path: string; amount: string; currency: string; digits: number } }
  | undefined {
  const problem = finerThanMinorUnit(amount, currency);
  if (problem === undefined) return undefined;
  return {
    message: `${path}: ${amount} ${currency} is finer than the currency's minor unit (${problem.digits} decimals)`,
    params: { path, amount: String(amount), currency, digits: problem.digits },
  };
}
