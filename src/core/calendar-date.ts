/**
 * A day in the calendar, with no time zone: `YYYY-MM-DD`.
 *
 * The core never handles instants. Cells read from Sheets arrive as `Date` objects at midnight in
 * the spreadsheet's time zone; the shell turns them into calendar dates with that zone before the
 * core sees them, so a script time zone that differs from the sheet's cannot shift a due date.
 * Calendar dates compare correctly as strings and cross the sidebar bridge as plain JSON.
 */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Days from 0000-03-01 (the start of the proleptic Gregorian era) to 1970-01-01. */
const DAYS_TO_EPOCH = 719_468;
/** 1000-01-01 and 9999-12-31: the years written with four digits, as `toISOString` does. */
const MIN_FAST_DAY = -354_285;
const MAX_FAST_DAY = 2_932_896;

/** Builds a calendar date from its parts (month 1–12); returns null when the day does not exist. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCMonth() !== month - 1) return null;
  return fromDayNumber(utc.getTime() / MS_PER_DAY);
}

/** Reads a strict `YYYY-MM-DD` string; anything else (or an impossible day) gives null. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Days since 1970-01-01: the representation used for arithmetic. Computed from the digits
 * (Hinnant's days-from-civil) rather than through `Date`: the planner does this millions of
 * times on a large book, and `Date` objects made it the larger part of a sidebar call's CPU.
 */
export function toDayNumber(date: CalendarDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (!(y >= 1000 && m >= 1 && m <= 12 && d >= 0 && Number.isInteger(y + m + d)))
    return Date.UTC(y, m - 1, d) / MS_PER_DAY;
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - DAYS_TO_EPOCH;
}

/** The calendar date of a day number (civil-from-days; `Date` only outside years 1000–9999). */
export function fromDayNumber(dayNumber: number): CalendarDate {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_FAST_DAY || dayNumber > MAX_FAST_DAY)
    return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10) as CalendarDate;
  const z = dayNumber + DAYS_TO_EPOCH;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1_460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as CalendarDate;
}

/** `date` moved by `days` (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Signed number of days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export function isoDayOfWeek(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}
