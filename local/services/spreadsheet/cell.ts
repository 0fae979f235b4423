/**
 * What a cell holds in the in-memory store. Values are kept the way Sheets keeps them, not the way
 * Apps Script returns them: a date is a serial number in the spreadsheet's zone, turned into a
 * `Date` only when read (so changing the spreadsheet zone moves the instant, as in Sheets).
 */

/** A date or date-time cell: days since 1899-12-30, wall-clock in the spreadsheet's time zone. */
export class DateCell {
  constructor(readonly serial: number) {}
}

/** '' is an empty cell (Apps Script reads blanks as empty strings). */
export type CellValue = number | string | boolean | DateCell;

/** Formatting the runtime remembers for a cell; only what the add-on uses. */
export interface CellStyle {
  fontWeight?: string;
  background?: string;
  wrap?: boolean;
  fontColor?: string;
  horizontalAlignment?: string;
  note?: string;
}

/** One row of a sheet. Extra arrays are sparse and only created when something is set. */
export interface Row {
  values: CellValue[];
  formulas?: (string | undefined)[];
  formats?: (string | undefined)[];
  styles?: (CellStyle | undefined)[];
  validations?: (object | undefined)[];
}

export function isEmptyRow(row: Row): boolean {
  return row.values.every((v) => v === '') && !(row.formulas ?? []).some((f) => f !== undefined);
}

/** Typed input for `runtime.spreadsheets.create` and test helpers: no parsing happens. */
export type CellInput =
  | number
  | string
  | boolean
  | null
  | undefined
  | { date: string }
  | { dateTime: string }
  | { formula: string; value?: number | string | boolean | { date: string } | null }
  | { text: string; format: string }
  | { value: number; format: string };

type SparseKey = 'formulas' | 'formats' | 'styles' | 'validations';

/** Sets one entry of a row's sparse array, creating the array on first use. */
export function setSparse<K extends SparseKey>(
  row: Row,
  key: K,
  c: number,
  value: NonNullable<Row[K]>[number],
): void {
  let arr = row[key] as unknown[] | undefined;
  if (!arr) {
    arr = [];
    (row as Record<SparseKey, unknown[] | undefined>)[key] = arr;
  }
  arr[c] = value;
}
