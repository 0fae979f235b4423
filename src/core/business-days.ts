import { addDays, type CalendarDate, isoDayOfWeek } from './calendar-date.ts';
import { isHoliday, resolveHolidayCountry } from './holidays/holidays-of.ts';

/** Which days a reminder may go out on, for one client. */
export interface CalendarOptions {
  /** The client's country (ISO 3166-1 alpha-2); null or unknown falls back to `fallbackCountry`. */
  readonly country: string | null;
  /** The user's country from the settings, used when the client's has no known holidays. */
  readonly fallbackCountry?: string | null;
  /** ISO days of week (1 = Monday … 7 = Sunday). Empty is treated as Monday–Friday. */
  readonly businessDays: readonly number[];
  /** Good Friday and 26 December for French clients. */
  readonly alsaceMoselle: boolean;
}

const MONDAY_TO_FRIDAY: readonly number[] = [1, 2, 3, 4, 5];
/** Longer than any run of holidays plus weekends; guards against a calendar with no open day. */
const MAX_SEARCH_DAYS = 366;

/**
 * A working day of the week that is not a public holiday of the client's country. In the
 * examples, `france` is `{ country: 'FR', businessDays: [1, 2, 3, 4, 5], alsaceMoselle: false }`.
 *
 * @example isBusinessDay('2026-05-14', france) // → false (Ascension Day)
 * @example isBusinessDay('2026-03-12', france) // → true (a Thursday)
 */
export function isBusinessDay(date: CalendarDate, options: CalendarOptions): boolean {
  const weekdays = options.businessDays.length > 0 ? options.businessDays : MONDAY_TO_FRIDAY;
  if (!weekdays.includes(isoDayOfWeek(date))) return false;
  const country = resolveHolidayCountry(options.country, options.fallbackCountry);
  if (country === null) return true;
  return !isHoliday(date, country, { alsaceMoselle: options.alsaceMoselle });
}

/**
 * `date` itself when it is a business day, else the first business day after it.
 *
 * @example nextBusinessDay('2026-03-14', france) // → '2026-03-16' (Saturday → Monday)
 */
export function nextBusinessDay(date: CalendarDate, options: CalendarOptions): CalendarDate {
  let day = date;
  for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
    if (isBusinessDay(day, options)) return day;
    day = addDays(day, 1);
  }
  return date;
}

/**
 * Moves `days` business days from `date` (backwards when negative); 0 returns `date` unchanged,
 * even on a non-business day. Counting starts from the day after (or before) `date`.
 *
 * @example addBusinessDays('2026-05-13', 1, france) // → '2026-05-15' (over Ascension Day)
 * @example addBusinessDays('2026-03-16', -1, france) // → '2026-03-13' (back over the weekend)
 */
export function addBusinessDays(
  date: CalendarDate,
  days: number,
  options: CalendarOptions,
): CalendarDate {
  const step = days < 0 ? -1 : 1;
  let remaining = Math.abs(Math.trunc(days));
  const limit = remaining * 7 + MAX_SEARCH_DAYS;
  let day = date;
  for (let moved = 0; remaining > 0 && moved < limit; moved++) {
    day = addDays(day, step);
    if (isBusinessDay(day, options)) remaining--;
  }
  return day;
}
