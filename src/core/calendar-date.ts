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

/** Days since 1970-01-01: the representation used for arithmetic. */
export function toDayNumber(date: CalendarDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10) as CalendarDate;
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
  const jsDay = new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
  return jsDay === 0 ? 7 : jsDay;
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
