import { describe, expect, it } from 'vitest';
import {
  Currency,
  decimalsOf,
  finerThanMinorUnit,
  isKnownCurrency,
  minorUnitDigits,
} from '../../../src/domain/model/index.js';

describe('money amounts and their currency', () => {
  it('knows the ISO 4217 codes and refuses a well-formed code that is none', () => {
    expect(['CNY', 'USD', 'JPY', 'EUR', 'BHD'].every(isKnownCurrency)).toBe(true);
    expect(isKnownCurrency('XYZ')).toBe(false);
    expect(Currency.safeParse('XYZ').error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', params: { code: 'issue_currency_code' } }),
    ]);
    expect(Currency.safeParse('usd').success).toBe(false);
  });

  it('takes the minor unit from ISO 4217 as Intl carries it', () => {
    expect([minorUnitDigits('CNY'), minorUnitDigits('JPY'), minorUnitDigits('BHD')]).toEqual([
      2, 0, 3,
    ]);
  });

  it('counts the decimals an amount is written with, not its binary rounding', () => {
    expect([19.99, 0.001, 1e-7, 100, 2.5e3].map(decimalsOf)).toEqual([2, 3, 7, 0, 0]);
  });

  it('refuses 0.001 CNY and 10.5 JPY, and keeps 19.99 CNY, 1000 JPY and 1.234 BHD', () => {
    expect(finerThanMinorUnit(0.001, 'CNY')).toEqual({ currency: 'CNY', digits: 2 });
    expect(finerThanMinorUnit(10.5, 'JPY')).toEqual({ currency: 'JPY', digits: 0 });
    expect(finerThanMinorUnit(19.99, 'CNY')).toBeUndefined();
    expect(finerThanMinorUnit(1000, 'JPY')).toBeUndefined();
    expect(finerThanMinorUnit(1.234, 'BHD')).toBeUndefined();
  });
});
