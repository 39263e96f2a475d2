import { describe, expect, it } from 'vitest';
import { hashOf, parseHash } from '../../web/src/hash-route.js';

describe('workbench addresses', () => {
  it('keeps the "+" of a phone number typed or pasted into the address', () => {
    const route = parseHash('#/links?kind=phone&value=+8613509820217');
    expect(route.parts).toEqual(['links']);
    expect(route.params.get('kind')).toBe('phone');
    expect(route.params.get('value')).toBe('+8613509820217');
  });

  it('decodes encoded values and survives a stray "%"', () => {
    expect(parseHash('#/debtors?q=%E5%BC%A0%20%2B86').params.get('q')).toBe('张 +86');
    expect(parseHash('#/debtors?q=50%').params.get('q')).toBe('50%');
    expect(parseHash('#/debtors/CN-001').parts).toEqual(['debtors', 'CN-001']);
    expect(parseHash('').parts).toEqual([]);
  });

  it('builds addresses that read back to the same values', () => {
    const hash = hashOf(['links'], { kind: 'phone', value: '+86 135&x#y', empty: '' });
    expect(hash).toBe('#/links?kind=phone&value=%2B86%20135%26x%23y');
    expect(parseHash(hash).params.get('value')).toBe('+86 135&x#y');
    expect(parseHash(hash).params.has('empty')).toBe(false);
    expect(hashOf(['debtors', 'CN/1'])).toBe('#/debtors/CN%2F1');
  });
});
