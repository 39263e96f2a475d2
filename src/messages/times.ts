import { isKnownZone } from '../domain/guard/local-time.js';
import { dateTimeFormat } from './intl-formats.js';
import type { Lang } from './language.js';
import { renderMessage } from './render-message.js';

const MINUTE = 60_000;

/**
 * How far `at` is from `now`, as a person says it: "8 分钟后" / "in 8 min", "2 小时 5 分钟后",
 * "3 天后", "现在"; past instants read "… ago".
 * @example relativeTime('zh-CN', new Date('2026-12-02T08:08:00Z'), new Date('2026-12-02T08:00:00Z')) // '8 分钟后'
 */
export function relativeTime(lang: Lang, at: Date, now: Date): string {
  const diff = at.getTime() - now.getTime();
  const minutes = Math.ceil(Math.abs(diff) / MINUTE);
  if (Math.abs(diff) < MINUTE) return renderMessage(lang, 'time_now');
  const future = diff > 0;
  if (minutes < 60)
    return renderMessage(lang, future ? 'time_in_minutes' : 'time_minutes_ago', { n: minutes });
  if (minutes < 24 * 60) {
    const h = Math.floor(minutes / 60);
    return future
      ? renderMessage(lang, 'time_in_hours', { h, m: minutes % 60 })
      : renderMessage(lang, 'time_hours_ago', { n: h });
  }
  const days = Math.round(minutes / (24 * 60));
  return renderMessage(lang, future ? 'time_in_days' : 'time_days_ago', { n: days });
}

/** A wall-clock time in a zone, in the reader's language: "12月2日 08:00" / "Dec 2, 08:00". */
export function clockTime(lang: Lang, at: Date, zone: string): string {
  try {
    return dateTimeFormat(lang, {
      timeZone: zone,
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(at);
  } catch {
    return at.toISOString();
  }
}

/** A time in one zone, with the zone's name: "12月2日 08:00（中国标准时间）". */
export function zonedTime(lang: Lang, at: Date, zone: string): string {
  return renderMessage(lang, 'time_zone_time', {
    time: clockTime(lang, at, zone),
    // A zone parameter is rendered by its generic name in the reader's language.
    zone,
  });
}

/** An instant as people use it: in the recipient's zone(s), in the collector's, and how far off. */
export interface TimeView {
  at: string;
  relative: string;
  recipient: { zone: string; text: string }[];
  collector: { zone: string; text: string };
  /** All of it in one sentence, e.g. "8 分钟后可联系：对方当地 …，您这边 …。" */
  text: string;
}

/**
 * The next allowed time for a collector in `collectorZone` and a recipient in `recipientZones`
 * (the collector's zone stands in when the recipient's is unknown).
 */
export function nextAllowedView(
  lang: Lang,
  at: Date,
  now: Date,
  zones: { recipient: readonly string[]; collector: string },
): TimeView {
  const recipientZones = zones.recipient.filter(isKnownZone);
  const recipient = (recipientZones.length > 0 ? recipientZones : [zones.collector]).map(
    (zone) => ({ zone, text: zonedTime(lang, at, zone) }),
  );
  const collector = { zone: zones.collector, text: zonedTime(lang, at, zones.collector) };
  const relative = relativeTime(lang, at, now);
  return {
    at: at.toISOString(),
    relative,
    recipient,
    collector,
    text: renderMessage(lang, 'time_next_allowed', {
      relative,
      recipient: recipient.map((r) => r.text).join(lang === 'zh-CN' ? '、' : '; '),
      collector: collector.text,
    }),
  };
}

/** Is the IANA zone one this runtime knows? (The guard's own test, shared.) */
export { isKnownZone };
