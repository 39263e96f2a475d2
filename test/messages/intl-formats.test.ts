import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '../../src/messages/intl-formats.js';
import { renderMessage } from '../../src/messages/render-message.js';
import { nextAllowedView } from '../../src/messages/times.js';

/** Counts `new Intl.DateTimeFormat` / `new Intl.NumberFormat` while `body` runs. */
function constructionsDuring(body: () => void): number {
  let made = 0;
  const { DateTimeFormat, NumberFormat } = Intl;
  const counting = <T extends object>(Ctor: T): T =>
    new Proxy(Ctor, {
      construct(target, args) {
        made += 1;
        return Reflect.construct(target as never, args);
      },
    });
  Intl.DateTimeFormat = counting(DateTimeFormat);
  Intl.NumberFormat = counting(NumberFormat);
  try {
    body();
  } finally {
    Intl.DateTimeFormat = DateTimeFormat;
    Intl.NumberFormat = NumberFormat;
  }
  return made;
}

describe('Intl formatters are reused, not rebuilt per message', () => {
  it('hands out one formatter per locale and options', () => {
    expect(dateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai' })).toBe(
      dateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai' }),
    );
    expect(dateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai' })).not.toBe(
      dateTimeFormat('en', { timeZone: 'Asia/Shanghai' }),
    );
    expect(numberFormat('en', { style: 'currency', currency: 'USD' }).format(5)).toBe('$5.00');
  });

  it('still refuses an unknown zone', () => {
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('renders dates, zones and money repeatedly without building new ICU formatters', () => {
    const render = (): void => {
      renderMessage(
        'zh-CN',
        'promise_open',
        { dueDate: '2026-12-03', amount: 1200, currency: 'CNY' },
        { timeZone: 'Asia/Shanghai' },
      );
      nextAllowedView('en', new Date('2026-12-02T13:00:00Z'), new Date('2026-12-02T12:00:00Z'), {
        recipient: ['America/New_York'],
        collector: 'Asia/Shanghai',
      });
    };
    render(); // the first call may build what it needs
    expect(constructionsDuring(() => Array.from({ length: 50 }, render))).toBe(0);
  });
});
