/**
 * One batched read per tab: Sheet.getDataRange().getValues() returns every used cell in one call
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange(),
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()): numbers,
 * booleans, strings ('' for blanks) and Date objects for date cells
 * (https://developers.google.com/apps-script/guides/sheets#reading).
 */
import type { CalendarDate } from '../core/calendar-date.ts';
import type { DateConverter } from './zoned-date.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A cell after reading: date cells have become calendar dates of the spreadsheet's zone. */
export type ReadCell = string | number | boolean | CalendarDate;

export function readValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Replaces Date cells with the calendar date the user sees (in the spreadsheet's zone). */
export function withCalendarDates(
  values: readonly (readonly unknown[])[],
  toDay: DateConverter,
): ReadCell[][] {
  return values.map((row) =>
    row.map((cell): ReadCell => {
      if (isDate(cell)) return Number.isNaN(cell.getTime()) ? '' : toDay(cell);
      if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean')
        return cell;
      return cell === null || cell === undefined ? '' : String(cell);
    }),
  );
}

/** The tab's cells with dates converted, in one read. */
export function readTab(sheet: Sheet, toDay: DateConverter): ReadCell[][] {
  return withCalendarDates(readValues(sheet), toDay);
}
