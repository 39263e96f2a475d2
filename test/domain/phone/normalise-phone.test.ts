import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../../src/domain/phone/normalise-phone.js';

describe('normalisePhone', () => {
  it('normalises a Chinese mobile given the CN region', () => {
    const r = normalisePhone('138 0013 8000', 'CN');
    expect(r).toEqual({
      ok: true,
      phone: { e164: '+8613800138000', type: 'MOBILE', country: 'CN' },
    });
  });
  it('normalises a US number and reports its line type', () => {
    const ok = normalisePhone('+1 415 658 7121');
    expect(ok.ok && ok.phone.e164).toBe('+14156587121');
    expect(ok.ok && ok.phone.country).toBe('US');
  });
  it('rejects a number that is not valid for its region', () => {
    const r = normalisePhone('+1 415 123 4567');
    expect(r.ok).toBe(false);
  });
  it('rejects text without digits and does not echo the input', () => {
    const r = normalisePhone('call me', 'US');
    expect(r.ok).toBe(false);
  });
  it('needs a region for a national number', () => {
    const r = normalisePhone('13800138000');
    expect(r).toMatchObject({ ok: false, code: 'phone_unparseable' });
  });
});
