import { minorUnitExplanation } from '../../domain/model/index.js';
import { AppError } from '../app-error.js';

/**
 * Refuses an amount finer than its currency's minor unit (0.001 CNY, 10.5 JPY), naming the field,
 * the currency and its decimals.
 * @throws AppError amount_finer_than_minor_unit (invalid)
 */
export function assertMinorUnit(path: string, amount: number, currency: string): void {
  const finer = minorUnitExplanation(path, amount, currency);
  if (finer === undefined) return;
  throw new AppError('invalid', 'amount_finer_than_minor_unit', finer.message, {
    params: finer.params,
  });
}
