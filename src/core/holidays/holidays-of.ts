import {
  addDays,
  type CalendarDate,
  calendarDate,
  isoDayOfWeek,
  yearOf,
} from '../calendar-date.ts';
import { easterSunday } from './easter.ts';
import { COUNTRY_HOLIDAYS, type CountryHolidays, type HolidayRule } from './holiday-rules.ts';

export { HOLIDAY_COUNTRIES } from './holiday-rules.ts';

export interface HolidayOptions {
  /** Adds Good Friday and 26 December for France (the Alsace-Moselle local law). */
  readonly alsaceMoselle: boolean;
  /**
   * Country used when `country` is not one of `HOLIDAY_COUNTRIES` (typically the user's own
   * country from the settings). Without it, an unknown country has no public holidays.
   */
  readonly fallbackCountry?: string | null;
}

/**
 * The country whose calendar applies: `country` when known, else `fallbackCountry` when known,
 * else null (weekends only).
 */
export function resolveHolidayCountry(
  country: string | null | undefined,
  fallbackCountry?: string | null,
): string | null {
  const own = country?.trim().toUpperCase();
  if (own && own in COUNTRY_HOLIDAYS) return own;
  const fallback = fallbackCountry?.trim().toUpperCase();
  if (fallback && fallback in COUNTRY_HOLIDAYS) return fallback;
  return null;
}

const EMPTY: ReadonlyMap<CalendarDate, string> = new Map();
/** (country, year, option) → holidays. Bounded only by the years a run looks at: a few dozen. */
const cache = new Map<string, ReadonlyMap<CalendarDate, string>>();
const CACHE_LIMIT = 512;

/**
 * Public holidays of `country` in `year`, by date, with their names, in date order. Days moved
 * off a weekend (GB substitute days, US/CA observed days) appear on the day off actually taken.
 */
export function holidaysOf(
  country: string,
  year: number,
  options: HolidayOptions,
): ReadonlyMap<CalendarDate, string> {
  const code = resolveHolidayCountry(country, options.fallbackCountry);
  if (code === null || !Number.isInteger(year) || year < 1901 || year > 9998) return EMPTY;
  const alsace = code === 'FR' && options.alsaceMoselle;
  const key = `${code}:${year}:${alsace ? 1 : 0}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const calendar = COUNTRY_HOLIDAYS[code] as CountryHolidays;
  const computed = computeYear(calendar, year, alsace);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, computed);
  return computed;
}

export function isHoliday(date: CalendarDate, country: string, options: HolidayOptions): boolean {
  return holidaysOf(country, yearOf(date), options).has(date);
}

interface Occurrence {
  readonly date: CalendarDate;
  readonly name: string;
  readonly shifts: boolean;
}

function computeYear(
  calendar: CountryHolidays,
  year: number,
  alsace: boolean,
): ReadonlyMap<CalendarDate, string> {
  // Neighbouring years too: a US New Year's Day on a Saturday is observed on 31 December.
  const occurrences: Occurrence[] = [];
  for (const y of [year - 1, year, year + 1]) {
    for (const rule of calendar.rules) {
      if ('alsaceMoselle' in rule && rule.alsaceMoselle && !alsace) continue;
      const date = occurrenceOf(rule, y);
      if (date) {
        const shifts = rule.kind === 'fixed' && rule.shifts === true;
        occurrences.push({ date, name: rule.name, shifts });
      }
    }
  }
  for (const [date, name] of Object.entries(calendar.extra)) {
    occurrences.push({ date: date as CalendarDate, name, shifts: false });
  }
  const days = placeOccurrences(occurrences, calendar);
  const inYear = [...days.entries()]
    .filter(([date]) => yearOf(date) === year)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return new Map(inYear);
}

function placeOccurrences(
  occurrences: readonly Occurrence[],
  calendar: CountryHolidays,
): Map<CalendarDate, string> {
  const days = new Map<CalendarDate, string>();
  const add = (date: CalendarDate, name: string) => {
    const existing = days.get(date);
    days.set(date, existing ? `${existing} / ${name}` : name);
  };
  const toShift: Occurrence[] = [];
  for (const occurrence of occurrences) {
    if (occurrence.shifts && calendar.weekendRule !== 'none' && isWeekend(occurrence.date)) {
      toShift.push(occurrence);
    } else {
      add(occurrence.date, occurrence.name);
    }
  }
  toShift.sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const occurrence of toShift) {
    const target =
      calendar.weekendRule === 'observed'
        ? addDays(occurrence.date, isoDayOfWeek(occurrence.date) === 6 ? -1 : 1)
        : nextFreeWeekday(occurrence.date, days);
    add(target, occurrence.name + calendar.shiftedSuffix);
  }
  return days;
}

function nextFreeWeekday(date: CalendarDate, taken: ReadonlyMap<CalendarDate, string>) {
  let day = addDays(date, 1);
  while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
  return day;
}

function isWeekend(date: CalendarDate): boolean {
  return isoDayOfWeek(date) >= 6;
}

function occurrenceOf(rule: HolidayRule, year: number): CalendarDate | null {
  switch (rule.kind) {
    case 'fixed':
      if (rule.since !== undefined && year < rule.since) return null;
      return calendarDate(year, rule.month, rule.day);
    case 'easter':
      return addDays(easterSunday(year), rule.offset);
    case 'nth_weekday': {
      const moved = rule.moved?.[year];
      if (moved) return calendarDate(year, Number(moved.slice(0, 2)), Number(moved.slice(3)));
      return nthWeekday(year, rule.month, rule.weekday, rule.nth);
    }
    case 'weekday_before': {
      const limit = calendarDate(year, rule.month, rule.day);
      if (!limit) return null;
      const back = (isoDayOfWeek(limit) - rule.weekday + 7) % 7 || 7;
      return addDays(limit, -back);
    }
  }
}

function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate | null {
  if (n > 0) {
    const first = calendarDate(year, month, 1);
    if (!first) return null;
    const offset = (weekday - isoDayOfWeek(first) + 7) % 7;
    return addDays(first, offset + (n - 1) * 7);
  }
  const nextMonthFirst =
    month === 12 ? calendarDate(year + 1, 1, 1) : calendarDate(year, month + 1, 1);
  if (!nextMonthFirst) return null;
  const last = addDays(nextMonthFirst, -1);
  const back = (isoDayOfWeek(last) - weekday + 7) % 7;
  return addDays(last, -back + (n + 1) * 7);
}
