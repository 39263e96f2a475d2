import { describe, expect, it } from 'vitest';
import { PhoneCache } from '../../src/app/ingest/phone-cache.js';
import { normalisePhone } from '../../src/domain/phone/normalise-phone.js';

describe('the import phone cache', () => {
  it('answers as normalisePhone does, per region, valid and invalid numbers alike', () => {
    const cache = new PhoneCache();
    for (const [raw, region] of [
      ['138 0013 8000', 'CN'],
      ['138 0013 8000', undefined],
      ['(202) 555-0143', 'US'],
      ['12', 'CN'],
      ['', 'CN'],
    ] as const) {
      expect(cache.normalise(raw, region)).toEqual(normalisePhone(raw, region));
      expect(cache.normalise(raw, region)).toEqual(normalisePhone(raw, region));
    }
  });

  it('holds at most its cap of distinct numbers', () => {
    const cache = new PhoneCache(3);
    for (let i = 0; i < 10; i++) cache.normalise(`1380013800${i}`, 'CN');
    expect(cache.size).toBe(3);
    expect(cache.normalise('13800138009', 'CN')).toEqual(normalisePhone('13800138009', 'CN'));
  });
});
