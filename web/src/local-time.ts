import { dateTimeFormat, MOMENT_FORMAT } from '../../src/messages/intl-formats.js';
import type { Lang } from './i18n.js';

/**
 * An ISO instant as the workbench shows times, in the messages' own `moment` format (the reader's
 * calendar day and 24-hour clock in `zone`, no "GMT+8" tag the messages never carry); a bare date
 * stays that calendar day; an unreadable value is shown as it came.
 * @example localTime('zh-CN', '2026-11-20T02:00:00Z', 'Asia/Shanghai') // '2026年11月20日 10:00'
 */
export function localTime(lang: Lang, iso: string, zone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  try {
    // A table of audit records formats hundreds of times: the formats are shared, not rebuilt.
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso))
      return dateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
    return dateTimeFormat(lang, { ...MOMENT_FORMAT, timeZone: zone }).format(at);
  } catch {
    // An unknown zone: the instant itself is still true.
    return at.toISOString();
  }
}
