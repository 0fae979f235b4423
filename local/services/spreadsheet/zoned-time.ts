/**
 * Wall-clock time in an IANA time zone, with Intl only (no dependency). Sheets stores a date cell
 * as a serial number of days since 1899-12-30 in the SPREADSHEET's time zone
 * (https://developers.google.com/sheets/api/guides/formats#about_date_time_values); reading it
 * from Apps Script gives the instant of that wall-clock time in that zone.
 */

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Readonly<Record<string, number>> = {
  Sun: 0,
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
};

/** True when `timeZone` is an IANA name (or offset zone) Intl knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time of instant `ms` in `timeZone`. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '0';
  const bc = get('era') === 'BC';
  const year = Number(get('year'));
  return {
    year: bc ? 1 - year : year,
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS[get('weekday')] ?? 0,
  };
}

/** Offset of `timeZone` from UTC at instant `ms`, in ms (Paris in winter: +3,600,000). */
export function zoneOffset(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - ms;
}

/**
 * The instant at which the wall clock of `timeZone` shows the given time. In a DST gap the
 * later offset is used (as Java and Sheets move the time forward); in an overlap the earlier.
 */
export function instantOf(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const first = asUtc - zoneOffset(asUtc, timeZone);
  const refined = asUtc - zoneOffset(first, timeZone);
  if (refined === first) return first;
  const again = asUtc - zoneOffset(refined, timeZone);
  return Math.max(refined, again);
}

const MS_PER_DAY = 86_400_000;
/** Day 0 of Sheets' serial numbers: 1899-12-30, as a UTC day number. */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Serial number (days since 1899-12-30, fractional for the time) of an instant in `timeZone`. */
export function serialOf(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return (asUtc - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

/** Calendar parts of a serial number (no zone involved: a serial is a wall-clock time). */
export function serialParts(serial: number): Omit<WallTime, 'weekday'> & { weekday: number } {
  const ms = Math.round(serial * MS_PER_DAY) + SERIAL_EPOCH_UTC;
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** Serial number of a wall-clock time. */
export function serialFromParts(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return (Date.UTC(year, month - 1, day, hour, minute, second) - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

const midnightCache = new Map<string, number>();

/** The instant a serial number denotes in `timeZone` (cached for whole days: date cells). */
export function instantOfSerial(serial: number, timeZone: string): number {
  const whole = Number.isInteger(serial);
  const key = `${timeZone}|${serial}`;
  if (whole) {
    const cached = midnightCache.get(key);
    if (cached !== undefined) return cached;
  }
  const p = serialParts(serial);
  const ms = instantOf(timeZone, p.year, p.month, p.day, p.hour, p.minute, p.second, p.millisecond);
  if (whole) {
    if (midnightCache.size > 100_000) midnightCache.clear();
    midnightCache.set(key, ms);
  }
  return ms;
}
