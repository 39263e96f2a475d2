import { describe, expect, it, vi } from 'vitest';

// The workbench reads its language from the browser's storage when it loads: English here.
vi.stubGlobal('localStorage', { getItem: () => 'en', setItem: () => undefined });
const { nodeLabel } = await import('../../web/src/graph-view.js');

describe('the picture names a number as a person dials it', () => {
  it('labels a phone node in international groups, its key keeping E.164', () => {
    expect(nodeLabel({ key: 'phone:+8613509820217', kind: 'phone', data: {} })).toBe(
      '+86 135 0982 0217',
    );
    expect(
      nodeLabel({ key: 'phone:+12125550134', kind: 'phone', data: { e164: '+12125550134' } }),
    ).toBe('+1 212 555 0134');
  });

  it('marks a dead line under its number, and leaves what is not a number as it is', () => {
    expect(
      nodeLabel({
        key: 'phone:+8613509820217',
        kind: 'phone',
        data: { e164: '+8613509820217', status: 'invalid' },
      }),
    ).toMatch(/^\+86 135 0982 0217\n✕ /);
    expect(nodeLabel({ key: 'phone:X-1', kind: 'phone', data: {} })).toBe('X-1');
    expect(nodeLabel({ key: 'email:li@example.cn', kind: 'email', data: {} })).toBe(
      'li@example.cn',
    );
  });
});
