/** A wall-clock reading in one zone. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
  /** "YYYY-MM-DD". */
  date: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();
const BUCKET_MS = 900_000; // every zone's transitions fall on quarter hours of UTC
const MINUTE_MS = 60_000;

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when the runtime knows the IANA zone. */
export function isKnownZone(zone: string): boolean {
  if (formatters.has(zone)) return true;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's UTC offset in ms at an instant (memoised per quarter hour). */
export function zoneOffsetMs(zone: string, epochMs: number): number {
  const bucket = Math.floor(epochMs / BUCKET_MS);
  let perZone = offsets.get(zone);
  if (!perZone) {
    perZone = new Map();
    offsets.set(zone, perZone);
  }
  const cached = perZone.get(bucket);
  if (cached !== undefined) return cached;
  const at = bucket * BUCKET_MS;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(zone).formatToParts(at))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const offset = wall - at;
  if (perZone.size > 20_000) perZone.clear();
  perZone.set(bucket, offset);
  return offset;
}

/** The wall-clock time in a zone at an instant. */
export function localTime(zone: string, epochMs: number): LocalTime {
  const wall = new Date(epochMs + zoneOffsetMs(zone, epochMs));
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth() + 1;
  const day = wall.getUTCDate();
  return {
    year,
    month,
    day,
    weekday: wall.getUTCDay(),
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
    date: `${year}-${pad(month)}-${pad(day)}`,
  };
}

/** The instant a local wall-clock time happens in a zone (in a DST gap: just after it). */
export function instantOf(
  zone: string,
  year: number,
  month: number,
  day: number,
  minutes: number,
): number {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  const first = wall - zoneOffsetMs(zone, wall);
  return wall - zoneOffsetMs(zone, first);
}

/** "HH:MM" → minutes since midnight. */
export function minutesOf(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

/** Rounds an instant up to the next whole minute (allowed times are quoted to the minute). */
export function ceilMinute(epochMs: number): number {
  return Math.ceil(epochMs / MINUTE_MS) * MINUTE_MS;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
