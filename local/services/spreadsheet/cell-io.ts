/**
 * Converting between what the store keeps and what the script sees or writes.
 *
 * Reads (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()):
 * numbers, booleans, strings, '' for blank cells, and `Date` for date cells: the wall-clock time
 * of the cell in the SPREADSHEET's time zone (a date cell is midnight there), whatever the
 * script's time zone.
 *
 * Writes: strings are read as typed input (see user-input.ts) unless the cell is formatted `@`;
 * numbers and booleans are kept; a `Date` becomes a date cell at its wall-clock time in the
 * spreadsheet's zone; null and undefined clear the cell. A string longer than 50,000 characters
 * is refused with Sheets' message (https://support.google.com/docs/answer/37603: 50,000
 * characters per cell). Other objects are written as `String(value)` (unverified).
 */
import type { ExecutionContext } from '../../service-module.ts';
import { type CellValue, DateCell, type Row } from './cell.ts';
import { localeConventions } from './locale.ts';
import type { SpreadsheetData } from './store.ts';
import { parseUserInput } from './user-input.ts';
import { instantOfSerial, serialOf } from './zoned-time.ts';

export const CELL_CHARACTER_LIMIT = 50_000;
export const CELL_LIMIT_MESSAGE =
  'Your input contains more than the maximum of 50000 characters in a single cell.';

export function toScriptValue(
  ctx: ExecutionContext,
  book: SpreadsheetData,
  value: CellValue,
): unknown {
  if (value instanceof DateCell) return ctx.newDate(instantOfSerial(value.serial, book.timeZone));
  return value;
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export interface WrittenCell {
  value: CellValue;
  formula?: string;
  /** A format Sheets infers from the input; applied only when the cell has none. */
  format?: string;
}

/** Reads a script value as Sheets stores it; throws (a script-realm Error) over the cell limit. */
export function fromScriptValue(
  ctx: ExecutionContext,
  book: SpreadsheetData,
  value: unknown,
  currentFormat: string | undefined,
): WrittenCell {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  if (typeof value === 'string') {
    if (value.length > CELL_CHARACTER_LIMIT) throw ctx.newError(CELL_LIMIT_MESSAGE);
    return parseUserInput(value, book.locale, currentFormat === '@');
  }
  if (isDate(value)) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { value: '' };
    const serial = serialOf(ms, book.timeZone);
    const conventions = localeConventions(book.locale);
    // The format Sheets gives a Date written by a script is not documented; a date pattern for
    // midnight and a date-time pattern otherwise matches what the UI shows.
    return {
      value: new DateCell(serial),
      format: Number.isInteger(serial) ? conventions.datePattern : conventions.dateTimePattern,
    };
  }
  const text = String(value);
  if (text.length > CELL_CHARACTER_LIMIT) throw ctx.newError(CELL_LIMIT_MESSAGE);
  return { value: text };
}

/** Stores a written cell in a row (clears a formula unless one is written). */
export function storeWritten(row: Row, c: number, written: WrittenCell): void {
  while (row.values.length < c) row.values.push('');
  row.values[c] = written.value;
  if (row.formulas !== undefined) row.formulas[c] = written.formula;
  else if (written.formula !== undefined) {
    row.formulas = [];
    row.formulas[c] = written.formula;
  }
  if (written.format !== undefined && row.formats?.[c] === undefined) {
    row.formats ??= [];
    row.formats[c] = written.format;
  }
}
