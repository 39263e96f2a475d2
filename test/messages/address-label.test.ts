import { describe, expect, it } from 'vitest';
import { addressLabel } from '../../src/messages/address-label.js';

describe('addressLabel: an address as people write it', () => {
  it('writes street then city, and a Chinese address city first', () => {
    expect(
      addressLabel({
        id: 'ADR-US-045',
        line: '9494 Lexington Ave Apt 24B',
        city: 'New York',
        country: 'US',
      }),
    ).toBe('9494 Lexington Ave Apt 24B, New York');
    expect(addressLabel({ line: '朝阳区建国路 88 号', city: '北京', country: 'CN' })).toBe(
      '北京朝阳区建国路 88 号',
    );
  });

  it('has no words for a node that names neither street nor city', () => {
    expect(addressLabel({ id: 'ADR-X', country: 'US' })).toBeUndefined();
  });
});
