import { describe, expect, it } from 'vitest';
import { nextAllowedView, relativeTime } from '../../src/messages/times.js';

const now = new Date('2026-12-02T00:00:00Z');
const plus = (ms: number) => new Date(now.getTime() + ms);

describe('times people can use', () => {
  it('says how far off an instant is, in both languages', () => {
    expect(relativeTime('zh-CN', plus(8 * 60_000), now)).toBe('8 分钟后');
    expect(relativeTime('en', plus(8 * 60_000), now)).toBe('in 8 min');
    expect(relativeTime('zh-CN', plus(125 * 60_000), now)).toBe('2 小时 5 分钟后');
    expect(relativeTime('en', plus(120 * 60_000), now)).toBe('in 2 h');
    expect(relativeTime('en', plus(3 * 86_400_000), now)).toBe('in 3 days');
    expect(relativeTime('en', plus(86_400_000), now)).toBe('in 1 day');
    expect(relativeTime('zh-CN', plus(-30 * 60_000), now)).toBe('30 分钟前');
    expect(relativeTime('en', plus(10_000), now)).toBe('now');
  });

  it('gives the next allowed time in the recipient’s zone and the collector’s', () => {
    const view = nextAllowedView('zh-CN', plus(8 * 60_000), now, {
      recipient: ['Asia/Shanghai'],
      collector: 'America/New_York',
    });
    expect(view.recipient).toEqual([
      { zone: 'Asia/Shanghai', text: '12月2日 08:08（中国标准时间）' },
    ]);
    expect(view.collector.text).toBe('12月1日 19:08（北美东部时间）');
    expect(view.text).toBe(
      '8 分钟后可联系：对方当地 12月2日 08:08（中国标准时间），您这边 12月1日 19:08（北美东部时间）。',
    );
    const en = nextAllowedView('en', plus(8 * 60_000), now, {
      recipient: ['Not/AZone'],
      collector: 'UTC',
    });
    expect(en.recipient).toEqual([{ zone: 'UTC', text: en.collector.text }]);
    expect(en.relative).toBe('in 8 min');
  });
});
