import { finerThanMinorUnit } from '../../domain/model/index.js';
import { AppError } from '../app-error.js';

/**
 * Refuses an amount finer than its currency's minor unit (0.001 CNY, 10.5 JPY), naming the field,
 * the currency and its decimals.
 * @throws AppError amount_finer_than_minor_unit (invalid)
 */
export function assertMinorUnit(path: string, amount: number, currency: string): void {
  const problem = finerThanMinorUnit(amount, currency);
  if (problem === undefined) return;
  throw new AppError(
    'invalid',
    'amount_finer_than_minor_unit',
    `${path}: ${amount} ${currency} is finer than the currency's minor unit (${problem.digits} decimals)`,
    { params: { path, amount: String(amount), currency, digits: problem.digits } },
  );
}
