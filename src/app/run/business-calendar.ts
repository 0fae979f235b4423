/** The planner's business calendar built from the settings: working weekdays and public holidays. */

import { isBusinessDay } from '../../core/business-days.ts';
import { yearOf } from '../../core/calendar-date.ts';
import { holidaysOf, resolveHolidayCountry } from '../../core/holidays/holidays-of.ts';
import type { BusinessCalendar } from '../../core/schedule.ts';
import type { Settings } from '../../core/settings.ts';

export function businessCalendarFor(settings: Settings): BusinessCalendar {
  return {
    isBusinessDay: (date, country) =>
      isBusinessDay(date, {
        country,
        fallbackCountry: settings.country,
        businessDays: settings.businessDays,
        alsaceMoselle: settings.alsaceMoselle,
      }),
    holidayName: (date, country) => {
      const code = resolveHolidayCountry(country, settings.country);
      if (code === null) return null;
      const options = { fallbackCountry: settings.country, alsaceMoselle: settings.alsaceMoselle };
      return holidaysOf(code, yearOf(date), options).get(date) ?? null;
    },
  };
}
