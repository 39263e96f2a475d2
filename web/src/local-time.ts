import type { Lang } from './i18n.js';

// The service's messages show an instant as "2026年11月20日 10:00" / "Nov 20, 2026, 10:00" in the
// reader's zone (the catalogue's `moment` format); a time in a table or banner reads the same way,
// not with a "GMT+8" tag the messages never carry.
const MOMENT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/**
 * An ISO instant as the workbench shows times: the reader's calendar day and 24-hour clock in
 * `zone`; a bare date stays that calendar day; an unreadable value is shown as it came.
 * @example localTime('zh-CN', '2026-11-20T02:00:00Z', 'Asia/Shanghai') // '2026年11月20日 10:00'
 */
export function localTime(lang: Lang, iso: string, zone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso))
      return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
    return new Intl.DateTimeFormat(lang, { ...MOMENT, timeZone: zone }).format(at);
  } catch {
    // An unknown zone: the instant itself is still true.
    return at.toISOString();
  }
}
