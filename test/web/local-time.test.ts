import { describe, expect, it } from 'vitest';
import { localTime } from '../../web/src/local-time.js';

describe('localTime: an instant as the workbench shows times', () => {
  it('reads the day and 24-hour clock in the zone, with no "GMT+8" tag', () => {
    const text = localTime('zh-CN', '2026-11-20T02:00:00Z', 'Asia/Shanghai');
    expect(text).toBe('2026年11月20日 10:00');
    expect(localTime('en', '2026-11-20T02:00:00Z', 'Asia/Shanghai')).toBe('Nov 20, 2026, 10:00');
  });

  it('reads the same instant on the New York day it falls on', () => {
    expect(localTime('en', '2026-11-20T02:00:00Z', 'America/New_York')).toBe('Nov 19, 2026, 21:00');
  });

  it('keeps a bare date as its calendar day, and shows an unreadable value as it came', () => {
    expect(localTime('zh-CN', '2026-11-20', 'America/New_York')).toBe('2026年11月20日');
    expect(localTime('en', 'soon', 'UTC')).toBe('soon');
    expect(localTime('en', '2026-11-20T02:00:00Z', 'Mars/Olympus')).toBe(
      '2026-11-20T02:00:00.000Z',
    );
  });
});
