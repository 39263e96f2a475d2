import type { TimeWindowRule } from '../policy/policy-schema.js';
import { candidateZones } from './candidate-zones.js';
import type { GuardContext } from './guard-context.js';
import { type HolidayCalendar, holidayCalendar } from './holiday-calendar.js';
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
const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
const MAX_ROUNDS = 32;

/** A time window with its clock times and dates in lookup form. */
export interface Window {
  /** Opening and closing minute per weekday (0 = Sunday); a day absent from `days` is closed. */
  from: readonly number[];
  to: readonly number[];
  days: ReadonlySet<number>;
  dates: ReadonlySet<string>;
  yearly: ReadonlySet<string>;
  /** Public holidays of a country, when the rule names one. */
  calendar?: HolidayCalendar;
}

/** Turns a window rule's text into minutes and sets. */
export function windowOf(
  rule: Pick<TimeWindowRule, 'from' | 'to' | 'days' | 'holidays'> &
    Partial<Pick<TimeWindowRule, 'byDay' | 'publicHolidays'>>,
): Window {
  const from = Array.from({ length: 7 }, () => minutesOf(rule.from));
  const to = Array.from({ length: 7 }, () => minutesOf(rule.to));
  for (const hours of rule.byDay ?? [])
    for (const d of hours.days) {
      const i = DAY_INDEX[d] as number;
      from[i] = minutesOf(hours.from);
      to[i] = minutesOf(hours.to);
    }
  const w: Window = {
    from,
    to,
    days: new Set(rule.days.map((d) => DAY_INDEX[d] as number)),
    dates: new Set(rule.holidays.filter((h) => h.length === 10)),
    yearly: new Set(rule.holidays.filter((h) => h.length === 5)),
  };
  if (rule.publicHolidays) w.calendar = holidayCalendar(rule.publicHolidays);
  return w;
}

/** Why a local date has no contact: its code, what its message needs, and the words. */
export interface ClosedDay {
  code: 'listed_holiday' | 'public_holiday' | 'holiday_data_missing' | 'rest_day';
  params: Record<string, string>;
  reason: string;
}

/** Why a local date is closed: a listed date, a public holiday, or a weekday outside `days`; undefined when open. */
export function closedDay(w: Window, date: string, weekday: number): ClosedDay | undefined {
  if (w.dates.has(date) || w.yearly.has(date.slice(5)))
    return { code: 'listed_holiday', params: { date }, reason: `${date} is a listed holiday` };
  if (w.calendar) {
    if (!w.calendar.covers(date)) {
      const year = date.slice(0, 4);
      return {
        code: 'holiday_data_missing',
        params: { date, year },
        reason: `no public-holiday data for ${year} yet, so ${date} cannot be cleared`,
      };
    }
    const holiday = w.calendar.holiday(date);
    if (holiday !== undefined)
      return {
        code: 'public_holiday',
        params: { date, holiday },
        reason: `${date} is a public holiday (${holiday})`,
      };
    // A make-up working day is a working day whatever its weekday (China's 调休).
    if (w.calendar.makeUpWorkday(date) && w.days.has(1)) return undefined;
  }
  if (w.days.has(weekday)) return undefined;
  const day = WEEKDAY_NAMES[weekday] as string;
  return {
    code: 'rest_day',
    params: { date, weekday: DAY_KEYS[weekday] as string },
    reason: `${date} is a ${day}, a day without contact`,
  };
}

function hoursOf(w: Window, date: string, weekday: number): { from: number; to: number } {
  // A make-up working day keeps Monday's hours.
  const day = w.calendar?.makeUpWorkday(date) && !w.days.has(weekday) ? 1 : weekday;
  return { from: w.from[day] as number, to: w.to[day] as number };
}

/** True when a local time is inside the window: an open day, from ≤ time < to. */
export function insideWindow(w: Window, t: LocalTime): boolean {
  if (closedDay(w, t.date, t.weekday) !== undefined) return false;
  const { from, to } = hoursOf(w, t.date, t.weekday);
  return t.minutes >= from && t.minutes < to;
}

/** The earliest instant ≥ `at` inside the window in one zone, or undefined within two weeks. */
export function nextOpening(w: Window, zone: string, at: number): number | undefined {
  const now = localTime(zone, at);
  if (insideWindow(w, now)) return at;
  for (let d = 0; d <= SEARCH_DAYS; d++) {
    const day = new Date(Date.UTC(now.year, now.month - 1, now.day + d));
    const date = day.toISOString().slice(0, 10);
    if (closedDay(w, date, day.getUTCDay()) !== undefined) continue;
    const { from } = hoursOf(w, date, day.getUTCDay());
    if (d === 0 && now.minutes >= from) continue; // today's window has passed (inside was ruled out)
    const opening = instantOf(
      zone,
      day.getUTCFullYear(),
      day.getUTCMonth() + 1,
      day.getUTCDate(),
      from,
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
      const closed = outside
        .map((z) => {
          const t = localTime(z, input.at);
          return closedDay(w, t.date, t.weekday);
        })
        .find((c) => c !== undefined);
      const params = { from: rule.from, to: rule.to, outside, zones, basis };
      const hours = `outside ${rule.from}–${rule.to} local time in ${outside.join(', ')} (candidate zones from ${basis.join(' and ')}: ${zones.join(', ')})`;
      // A closed day (holiday, rest day) is its own check, named with its date and holiday.
      const failure: RuleFailure = closed
        ? {
            id: rule.id,
            code: closed.code,
            params: { ...params, ...closed.params },
            reason: `${closed.reason}; ${hours}`,
          }
        : { id: rule.id, code: 'outside_hours', params, reason: hours };
      if (next !== undefined) failure.nextAllowedAt = new Date(ceilMinute(next)).toISOString();
      return [failure];
    },
  };
}
