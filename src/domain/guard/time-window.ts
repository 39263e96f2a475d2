import type { TimeWindowRule } from '../policy/policy-schema.js';
import { candidateZones } from './candidate-zones.js';
import type { GuardContext } from './guard-context.js';
import { ceilMinute, instantOf, type LocalTime, localTime, minutesOf } from './local-time.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';

const DAY_INDEX: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};
const SEARCH_DAYS = 14;
const MAX_ROUNDS = 32;

/** A time window with its clock times and dates in lookup form. */
export interface Window {
  from: number;
  to: number;
  days: ReadonlySet<number>;
  dates: ReadonlySet<string>;
  yearly: ReadonlySet<string>;
}

/** Turns a window rule's text into minutes and sets. */
export function windowOf(rule: Pick<TimeWindowRule, 'from' | 'to' | 'days' | 'holidays'>): Window {
  return {
    from: minutesOf(rule.from),
    to: minutesOf(rule.to),
    days: new Set(rule.days.map((d) => DAY_INDEX[d] as number)),
    dates: new Set(rule.holidays.filter((h) => h.length === 10)),
    yearly: new Set(rule.holidays.filter((h) => h.length === 5)),
  };
}

function dayAllowed(w: Window, date: string, weekday: number): boolean {
  return w.days.has(weekday) && !w.dates.has(date) && !w.yearly.has(date.slice(5));
}

/** True when a local time is inside the window: an allowed day, not a holiday, from ≤ time < to. */
export function insideWindow(w: Window, t: LocalTime): boolean {
  return t.minutes >= w.from && t.minutes < w.to && dayAllowed(w, t.date, t.weekday);
}

/** The earliest instant ≥ `at` inside the window in one zone, or undefined within two weeks. */
export function nextOpening(w: Window, zone: string, at: number): number | undefined {
  const now = localTime(zone, at);
  if (insideWindow(w, now)) return at;
  for (let d = 0; d <= SEARCH_DAYS; d++) {
    const day = new Date(Date.UTC(now.year, now.month - 1, now.day + d));
    const date = day.toISOString().slice(0, 10);
    if (!dayAllowed(w, date, day.getUTCDay())) continue;
    if (d === 0 && now.minutes >= w.from) continue; // today's window has passed (inside was ruled out)
    const opening = instantOf(
      zone,
      day.getUTCFullYear(),
      day.getUTCMonth() + 1,
      day.getUTCDate(),
      w.from,
    );
    if (opening >= at) return opening;
  }
  return undefined;
}

/**
 * The earliest instant ≥ `at` inside the window in EVERY zone. Each round jumps to the latest next
 * opening among the zones; nothing earlier can work, since that zone is closed until then.
 */
export function nextAllowedInAll(
  w: Window,
  zones: readonly string[],
  at: number,
): number | undefined {
  let t = at;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let latest = t;
    for (const zone of zones) {
      const opening = nextOpening(w, zone, t);
      if (opening === undefined) return undefined;
      if (opening > latest) latest = opening;
    }
    if (latest === t) return t;
    t = latest;
  }
  return undefined;
}

/** The zones for this contact, from the recipient's timezone, current address and the phone contacted. */
export function zonesFor(context: GuardContext): { zones: string[]; basis: string[] } {
  const person = context.recipient.person;
  const evidence: Parameters<typeof candidateZones>[0] = {};
  if (person?.timezone) evidence.personTimezone = person.timezone;
  const address = context.contact.address ?? context.recipient.currentAddress;
  if (address) evidence.address = address;
  if (context.contact.phone) {
    evidence.phone = context.contact.phone.country
      ? { e164: context.contact.phone.e164, country: context.contact.phone.country }
      : { e164: context.contact.phone.e164 };
  }
  return candidateZones(evidence);
}

/**
 * Contact only inside the window in the recipient's local time, in every candidate zone.
 * No candidate zone at all → deny: the guard cannot know it is not the middle of the night.
 */
export function compileTimeWindow(rule: TimeWindowRule): CompiledRule {
  const w = windowOf(rule);
  const channels = new Set(rule.channels);
  return {
    id: rule.id,
    type: rule.type,
    lookbackMs: 0,
    check(input: RuleInput): readonly RuleFailure[] {
      if (!channels.has(input.request.channel)) return PASS;
      const { zones, basis } = zonesFor(input.context);
      if (zones.length === 0)
        return [
          {
            id: rule.id,
            code: 'no_timezone',
            params: {},
            reason:
              'no time zone is known for the recipient (no timezone, current address or geographic phone number), so local time cannot be checked',
          },
        ];
      const outside = zones.filter((z) => !insideWindow(w, localTime(z, input.at)));
      if (outside.length === 0) return PASS;
      const next = nextAllowedInAll(w, zones, input.at);
      const failure: RuleFailure = {
        id: rule.id,
        code: 'outside_hours',
        params: { from: rule.from, to: rule.to, outside, zones, basis },
        reason: `outside ${rule.from}–${rule.to} local time in ${outside.join(', ')} (candidate zones from ${basis.join(' and ')}: ${zones.join(', ')})`,
      };
      if (next !== undefined) failure.nextAllowedAt = new Date(ceilMinute(next)).toISOString();
      return [failure];
    },
  };
}
