import chineseDays from 'chinese-days';
import Holidays from 'date-holidays';

/** Which public holidays a time window keeps free of contact. */
export interface HolidaySpec {
  /** ISO 3166 country: CN reads China's statutory calendar (chinese-days), others date-holidays. */
  country: string;
  /** State or province code within the country (date-holidays), e.g. "NSW". */
  region?: string;
  /** date-holidays types counted (default public). */
  types: readonly string[];
}

/** A country's holiday calendar: local dates ("YYYY-MM-DD") with their names. */
export interface HolidayCalendar {
  /** The holiday's name when the local date is one, else undefined. */
  holiday(date: string): string | undefined;
  /** True when the date is a make-up working day (China's 调休上班 on a weekend). */
  makeUpWorkday(date: string): boolean;
  /** True when the calendar has data for the date's year (China's is published a year at a time). */
  covers(date: string): boolean;
}

const DAY_MS = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * China's statutory holidays and make-up working days, from chinese-days (the State Council's yearly
 * notices). A year the notices do not yet cover reads as unknown, so a rule that needs it denies.
 */
function chinaCalendar(): HolidayCalendar {
  const covered = new Map<string, boolean>();
  const festival = (date: string): string | undefined => {
    const detail = chineseDays.getDayDetail(date);
    // Statutory days carry "English,中文,length"; an ordinary day carries its weekday name.
    return detail.name.includes(',') ? detail.name.split(',')[1] : undefined;
  };
  return {
    holiday(date) {
      return chineseDays.getDayDetail(date).work ? undefined : festival(date);
    },
    makeUpWorkday(date) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return (weekday === 0 || weekday === 6) && chineseDays.getDayDetail(date).work;
    },
    covers(date) {
      const year = date.slice(0, 4);
      const cached = covered.get(year);
      if (cached !== undefined) return cached;
      // National Day (1 October) is a statutory holiday every year the data covers.
      const known = festival(`${year}-10-01`) !== undefined;
      covered.set(year, known);
      return known;
    },
  };
}

/** Any other country's public holidays, computed by date-holidays for every year. */
function ruleCalendar(spec: HolidaySpec): HolidayCalendar {
  const hd = spec.region ? new Holidays(spec.country, spec.region) : new Holidays(spec.country);
  const types = new Set(spec.types);
  const byYear = new Map<number, Map<string, string>>();
  const yearOf = (year: number): Map<string, string> => {
    let dates = byYear.get(year);
    if (dates) return dates;
    dates = new Map();
    for (const h of hd.getHolidays(year, 'en')) {
      if (!types.has(h.type)) continue;
      const first = h.date.slice(0, 10);
      const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
      for (let d = 0; d < days; d++) dates.set(addDays(first, d), h.name);
    }
    byYear.set(year, dates);
    return dates;
  };
  return {
    holiday: (date) => yearOf(Number(date.slice(0, 4))).get(date),
    makeUpWorkday: () => false,
    covers: () => true,
  };
}

const calendars = new Map<string, HolidayCalendar>();

/** True when date-holidays (or chinese-days, for CN) knows the country and region. */
export function knownHolidayCountry(country: string, region?: string): boolean {
  if (country === 'CN') return region === undefined;
  const hd = new Holidays();
  const countries = hd.getCountries();
  if (!(country in countries)) return false;
  if (region === undefined) return true;
  return region in (hd.getStates(country) ?? {});
}

/**
 * The holiday calendar for a spec, built once per country, region and types.
 * @example holidayCalendar({ country: 'IE', types: ['public'] }).holiday('2026-03-17') // "St. Patrick’s Day"
 */
export function holidayCalendar(spec: HolidaySpec): HolidayCalendar {
  const key = `${spec.country}/${spec.region ?? ''}/${[...spec.types].sort().join(',')}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = spec.country === 'CN' ? chinaCalendar() : ruleCalendar(spec);
    calendars.set(key, calendar);
  }
  return calendar;
}
