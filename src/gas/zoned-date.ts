/**
 * Instants and date cells turned into calendar dates in the spreadsheet's time zone.
 *
 * Date cells come back from getValues() as Date objects at midnight in the SPREADSHEET's time
 * zone, which may differ from the script's; Utilities.formatDate with that zone gives the day the
 * user sees (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String),
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()).
 * Results are memoised per instant: a sheet repeats the same dates, and each formatDate is a
 * service call.
 */
import type { CalendarDate } from '../core/calendar-date.ts';

export type DateConverter = (date: Date) => CalendarDate;

export function calendarDateConverter(timeZone: string): DateConverter {
  const memo = new Map<number, CalendarDate>();
  return (date) => {
    const time = date.getTime();
    let day = memo.get(time);
    if (day === undefined) {
      day = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd') as CalendarDate;
      memo.set(time, day);
    }
    return day;
  };
}
