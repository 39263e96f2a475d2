import { describe, expect, it } from 'vitest';
import { maskPhone, redactPii, redactText } from '../../src/log/redact.js';

describe('redactPii', () => {
  it('masks phone numbers to the last two digits', () => {
    expect(maskPhone('+8613800138000')).toBe('***********00');
    expect(redactPii({ to: '+14156587121' })).toEqual({ to: '*********21' });
  });
  it('drops names, addresses and message bodies, nested too', () => {
    const out = redactPii({
      person: { name: '张伟', line: '1 Main St' },
      message: '请回电',
    }) as Record<string, unknown>;
    expect(JSON.stringify(out)).not.toMatch(/张伟|Main|请回电/);
  });
  it('scrubs phone numbers and emails inside free text', () => {
    const t = redactText('GET /v1/phones/+8613800138000/links for a@b.cn');
    expect(t).not.toContain('13800138000');
    expect(t).not.toContain('a@b.cn');
    expect(t).toContain('00/links');
    expect(redactText('/v1/phones/%2B16467733619/links')).toBe('/v1/phones/*********19/links');
  });
  it('masks numbers written in full-width or other Unicode digits, decoded or percent-encoded', () => {
    const fullWidth = '/v1/phones/＋１６４６７７３３６１９/links';
    expect(redactText(fullWidth)).toBe('/v1/phones/*********１９/links');
    expect(redactText(`/v1/phones/${encodeURIComponent('＋１６４６７７３３６１９')}/links`)).toBe(
      '/v1/phones/*********１９/links',
    );
    expect(redactText('电话１３８００１３８０００')).toBe('电话*********００');
    expect(redactText('رقم ٠١٢٣٤٥٦٧٨٩')).not.toContain('٠١٢٣٤٥٦٧');
    expect(redactPii({ to: '１３８００１３８０００' })).toEqual({ to: '*********００' });
    expect(redactText('电话13800138000')).toBe('电话*********00');
  });
  it('keeps dates, times and ids', () => {
    expect(redactText('2026-11-23')).toBe('2026-11-23');
    expect(redactText('2026-11-23T10:00:00.000Z')).toBe('2026-11-23T10:00:00.000Z');
    expect(redactText('123e4567-12345678-1234-4000')).toBe('123e4567-12345678-1234-4000');
  });
  it('keeps short numbers such as counts and ports', () => {
    expect(redactText('took 12 ms on port 8787')).toBe('took 12 ms on port 8787');
  });
});
