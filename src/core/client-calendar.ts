import { isBusinessDay } from './business-days.ts';
import { type CalendarDate, yearOf } from './calendar-date.ts';
import { holidaysOf, resolveHolidayCountry } from './holidays/holidays-of.ts';
import type { BusinessCalendar } from './schedule.ts';
import type { Settings } from './settings.ts';

/**
 * The calendar the planner uses: the settings' business days of the week, and the public holidays
 * of the client's country (the settings' country when the client's has no known holidays).
 */
export function clientCalendar(settings: Settings): BusinessCalendar {
  const base = {
    fallbackCountry: settings.country,
    businessDays: settings.businessDays,
    alsaceMoselle: settings.alsaceMoselle,
  };
  return {
    isBusinessDay: (date: CalendarDate, country: string) =>
      isBusinessDay(date, { ...base, country }),
    holidayName: (date: CalendarDate, country: string) => {
      const code = resolveHolidayCountry(country, settings.country);
      if (code === null) return null;
      return (
        holidaysOf(code, yearOf(date), { alsaceMoselle: settings.alsaceMoselle }).get(date) ?? null
      );
    },
  };
}
