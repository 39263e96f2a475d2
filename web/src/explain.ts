import type { TermKind } from '../../src/messages/catalogue.js';
import {
  type MessageParams,
  renderMessage,
  term,
  zoneName,
} from '../../src/messages/render-message.js';
import { nextAllowedView } from '../../src/messages/times.js';
import { lang } from './i18n.js';
import { localTime } from './local-time.js';

/** The browser's IANA zone: the collector's. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Something the service explains: a code with its parameters (and the service's words beside them). */
export interface Explained {
  code?: string;
  params?: Record<string, unknown>;
  reason?: string;
  message?: string;
}

/**
 * The explanation in the workbench's language, rendered from its code and parameters with the
 * one message catalogue the service uses; an unknown code shows as the code itself.
 */
export function explain(x: Explained): string {
  if (x.code !== undefined && x.params !== undefined)
    return renderMessage(lang(), x.code, x.params as MessageParams, { timeZone: localZone() });
  return x.reason ?? x.message ?? '';
}

/** "8 分钟后可联系：对方当地 …，您这边 …" for a next allowed time and the recipient's zones, counted from `now`. */
export function nextAllowedText(
  iso: string,
  recipientZones: readonly string[] = [],
  now: Date = new Date(),
): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return nextAllowedView(lang(), at, now, {
    recipient: recipientZones,
    collector: localZone(),
  }).text;
}

/** The candidate zones a verdict names (time-window verdicts carry them). */
export function zonesOf(params: Record<string, unknown> | undefined): string[] {
  const zones = params?.zones;
  return Array.isArray(zones) ? zones.filter((z): z is string => typeof z === 'string') : [];
}

/** A vocabulary value in the workbench's language (`source`, `bureau` → 征信机构); a learnt fact's teller stays beside it. */
export function termOf(kind: TermKind, value: string): string {
  const colon = value.indexOf(':');
  if (colon < 0) return term(lang(), kind, value);
  return `${term(lang(), kind, value.slice(0, colon))} (${value.slice(colon + 1)})`;
}

/** An IANA zone by its name in the workbench's language ("中国标准时间"). */
export function zoneLabel(zone: string): string {
  return zoneName(lang(), zone);
}

/** An instant in the workbench's language and the collector's zone ("2026年11月20日 10:00"). */
export function localWhen(iso: string): string {
  return localTime(lang(), iso, localZone());
}
