/**
 * The in-memory spreadsheets behind SpreadsheetApp, shared by every execution of a runtime.
 * Tests and the demo create spreadsheets here with typed cells (no parsing) and read them back
 * raw; call hooks use the mutations (sort, insert, delete rows) to play a user editing the sheet
 * between two service calls of a run.
 *
 * Rows are arrays so a 10,000-row read is one pass; formats, styles and validations live in
 * sparse per-row arrays that move with their row when rows are sorted, inserted or deleted.
 */
import {
  type CellInput,
  type CellValue,
  DateCell,
  isEmptyRow,
  type Row,
  setSparse,
} from './cell.ts';
import type { DeveloperMetadataData } from './developer-metadata.ts';
import type { ProtectionData } from './protection.ts';
import { isValidTimeZone, serialFromParts } from './zoned-time.ts';

/** A new sheet in Sheets has 1000 rows and 26 columns. */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export interface MergedRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface SheetData {
  readonly sheetId: number;
  name: string;
  rows: Row[];
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  merges: MergedRange[];
  deleted: boolean;
  /** Hidden from the tab bar (Sheet.hideSheet); absent means shown. */
  hidden?: boolean;
  /** The sheet's protection (Sheet.protect), absent when it has none. */
  protection?: ProtectionData;
}

export interface SpreadsheetData {
  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetData[];
  nextSheetId: number;
  /** Name of the sheet the user has selected (getActiveSheet). */
  activeSheetName: string | null;
  /** Developer metadata attached to the spreadsheet (developer-metadata.ts). */
  metadata: DeveloperMetadataData[];
  nextMetadataId: number;
}

export interface CreateSpreadsheetOptions {
  id?: string;
  name: string;
  /** IANA zone, default `Europe/Paris`. */
  timeZone?: string;
  /** e.g. `fr_FR` (default) or `en_US`. */
  locale?: string;
  /** Sheets in tab order, each a grid of typed cells (row 1 first). */
  sheets?: Readonly<Record<string, readonly (readonly CellInput[])[]>>;
}

export type RawCell = CellValue | { date: string } | { dateTime: string };

const DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_INPUT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A typed input cell as stored (value, formula, number format). */
export function storedCell(input: CellInput): {
  value: CellValue;
  formula?: string;
  format?: string;
} {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input !== 'object') return { value: input };
  if ('date' in input) {
    const m = DATE_INPUT.exec(input.date);
    if (!m) throw new Error(`Not a YYYY-MM-DD date: ${input.date}`);
    return {
      value: new DateCell(serialFromParts(Number(m[1]), Number(m[2]), Number(m[3]))),
      format: 'yyyy-mm-dd',
    };
  }
  if ('dateTime' in input) {
    const m = DATE_TIME_INPUT.exec(input.dateTime);
    if (!m) throw new Error(`Not a YYYY-MM-DD HH:mm[:ss] date-time: ${input.dateTime}`);
    const serial = serialFromParts(
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
      Number(m[6] ?? 0),
    );
    return { value: new DateCell(serial), format: 'yyyy-mm-dd H:mm:ss' };
  }
  if ('formula' in input) {
    const inner = storedCell((input.value ?? null) as CellInput);
    return { ...inner, formula: input.formula };
  }
  if ('text' in input) return { value: input.text, format: input.format };
  return { value: input.value, format: input.format };
}

function rowFromInputs(inputs: readonly CellInput[]): Row {
  const row: Row = { values: [] };
  inputs.forEach((input, c) => {
    const cell = storedCell(input);
    row.values[c] = cell.value;
    if (cell.formula !== undefined) setSparse(row, 'formulas', c, cell.formula);
    if (cell.format !== undefined) setSparse(row, 'formats', c, cell.format);
  });
  for (let c = 0; c < row.values.length; c++) if (row.values[c] === undefined) row.values[c] = '';
  return row;
}

export function newSheetData(
  sheetId: number,
  name: string,
  grid: readonly (readonly CellInput[])[] = [],
): SheetData {
  const rows = grid.map(rowFromInputs);
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    sheetId,
    name,
    rows,
    maxRows: Math.max(DEFAULT_ROWS, rows.length),
    maxColumns: Math.max(DEFAULT_COLUMNS, width),
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    merges: [],
    deleted: false,
  };
}

/** Last row (1-based) holding a value or a formula; 0 when the sheet is empty. */
export function lastRow(sheet: SheetData): number {
  for (let r = sheet.rows.length - 1; r >= 0; r--) {
    const row = sheet.rows[r];
    if (row && !isEmptyRow(row)) return r + 1;
  }
  return 0;
}

/** Last column (1-based) holding a value or a formula in any row; 0 when empty. */
export function lastColumn(sheet: SheetData): number {
  let last = 0;
  for (const row of sheet.rows) {
    for (let c = row.values.length - 1; c >= last; c--) {
      if (row.values[c] !== '' || row.formulas?.[c] !== undefined) {
        last = c + 1;
        break;
      }
    }
  }
  return last;
}

let idCounter = 0;

/** A Drive-like file id: 44 URL-safe characters. */
function newSpreadsheetId(): string {
  idCounter += 1;
  const base = `1Relance${String(idCounter).padStart(6, '0')}`;
  return (base + 'x'.repeat(44)).slice(0, 44);
}

export class SpreadsheetStore {
  readonly #books = new Map<string, SpreadsheetData>();

  create(options: CreateSpreadsheetOptions): string {
    const timeZone = options.timeZone ?? 'Europe/Paris';
    if (!isValidTimeZone(timeZone)) throw new Error(`Unknown time zone: ${timeZone}`);
    const id = options.id ?? newSpreadsheetId();
    if (this.#books.has(id)) throw new Error(`A spreadsheet with id ${id} already exists`);
    const entries = Object.entries(options.sheets ?? { Sheet1: [] });
    const sheets = entries.map(([name, grid], i) => newSheetData(i, name, grid));
    this.#books.set(id, {
      id,
      name: options.name,
      timeZone,
      locale: options.locale ?? 'fr_FR',
      sheets,
      nextSheetId: sheets.length,
      activeSheetName: sheets[0]?.name ?? null,
      metadata: [],
      nextMetadataId: 1,
    });
    return id;
  }

  has(id: string): boolean {
    return this.#books.has(id);
  }

  /** The spreadsheet's data, or null for an unknown id. */
  find(id: string): SpreadsheetData | null {
    return this.#books.get(id) ?? null;
  }

  get(id: string): SpreadsheetData {
    const book = this.#books.get(id);
    if (!book) throw new Error(`No spreadsheet with id ${id} in this runtime`);
    return book;
  }

  ids(): string[] {
    return [...this.#books.keys()];
  }

  /** The first developer metadata value stored under `key` on the spreadsheet, null when none. */
  metadataValue(id: string, key: string): string | null {
    return this.get(id).metadata.find((m) => m.key === key)?.value ?? null;
  }

  /**
   * Sets a developer metadata value from outside the add-on (a test damaging it, as another
   * program with access to the document could); adds it when absent.
   */
  setMetadataValue(id: string, key: string, value: string): void {
    const book = this.get(id);
    const found = book.metadata.find((m) => m.key === key);
    if (found) found.value = value;
    else {
      book.metadata.push({
        id: book.nextMetadataId,
        key,
        value,
        visibility: 'DOCUMENT',
        removed: false,
      });
      book.nextMetadataId += 1;
    }
  }

  sheet(id: string, sheetName: string): SheetData {
    const sheet = this.get(id).sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName} in spreadsheet ${id}`);
    return sheet;
  }

  /**
   * The raw cells of a sheet, trimmed to its data (last row, last column): numbers, strings,
   * booleans, '' for blanks, and `{ date }` / `{ dateTime }` for date cells (wall-clock in the
   * spreadsheet's zone), so tests can compare with the typed input they wrote.
   */
  sheetValues(id: string, sheetName: string): RawCell[][] {
    const sheet = this.sheet(id, sheetName);
    const rows = lastRow(sheet);
    const cols = lastColumn(sheet);
    const out: RawCell[][] = [];
    for (let r = 0; r < rows; r++) {
      const row = sheet.rows[r];
      const line: RawCell[] = [];
      for (let c = 0; c < cols; c++) line.push(rawCell(row?.values[c] ?? ''));
      out.push(line);
    }
    return out;
  }

  /** Formulas of a sheet, '' where a cell has none (same shape as sheetValues). */
  sheetFormulas(id: string, sheetName: string): string[][] {
    const sheet = this.sheet(id, sheetName);
    const rows = lastRow(sheet);
    const cols = lastColumn(sheet);
    const out: string[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: string[] = [];
      for (let c = 0; c < cols; c++) line.push(sheet.rows[r]?.formulas?.[c] ?? '');
      out.push(line);
    }
    return out;
  }

  /** Number format of one cell (1-based), undefined when never set. */
  cellFormat(id: string, sheetName: string, row: number, column: number): string | undefined {
    return this.sheet(id, sheetName).rows[row - 1]?.formats?.[column - 1];
  }

  /**
   * Sorts rows `fromRow`..last data row by a column, as a user clicking "Sort sheet" would
   * (whole rows move with their formats). `compare` defaults to Sheets' order: numbers and dates
   * before text, text case-insensitive, blanks last.
   */
  sort(
    id: string,
    sheetName: string,
    options: { column: number; ascending?: boolean; fromRow?: number },
  ): void {
    const sheet = this.sheet(id, sheetName);
    const from = (options.fromRow ?? 2) - 1;
    const to = lastRow(sheet);
    const body = sheet.rows.slice(from, to);
    const dir = options.ascending === false ? -1 : 1;
    const c = options.column - 1;
    body.sort((a, b) => compareCells(a.values[c] ?? '', b.values[c] ?? '', dir));
    sheet.rows.splice(from, body.length, ...body);
  }

  /** Inserts `count` typed rows (or blank ones) before row `beforeRow` (1-based). */
  insertRows(
    id: string,
    sheetName: string,
    beforeRow: number,
    rows: number | readonly (readonly CellInput[])[],
  ): void {
    const sheet = this.sheet(id, sheetName);
    const newRows =
      typeof rows === 'number'
        ? Array.from({ length: rows }, () => ({ values: [] }))
        : rows.map(rowFromInputs);
    insertRowData(sheet, beforeRow, newRows);
  }

  /** Deletes `count` rows starting at `row` (1-based). */
  deleteRows(id: string, sheetName: string, row: number, count = 1): void {
    deleteRowData(this.sheet(id, sheetName), row, count);
  }

  /** Writes typed cells at (row, column), 1-based, as a user typing them would leave them. */
  setCells(
    id: string,
    sheetName: string,
    row: number,
    column: number,
    grid: readonly (readonly CellInput[])[],
  ): void {
    const sheet = this.sheet(id, sheetName);
    grid.forEach((line, i) => {
      const target = ensureRow(sheet, row + i);
      line.forEach((input, j) => {
        const cell = storedCell(input);
        writeCell(target, column - 1 + j, cell.value, cell.formula, cell.format);
      });
    });
    sheet.maxColumns = Math.max(
      sheet.maxColumns,
      column - 1 + Math.max(0, ...grid.map((l) => l.length)),
    );
  }

  /** Renames a spreadsheet's time zone, as the File > Settings dialog does. */
  setTimeZone(id: string, timeZone: string): void {
    if (!isValidTimeZone(timeZone)) throw new Error(`Unknown time zone: ${timeZone}`);
    this.get(id).timeZone = timeZone;
  }
}

function rawCell(value: CellValue): RawCell {
  if (!(value instanceof DateCell)) return value;
  const ms = Math.round(value.serial * 86_400_000) + Date.UTC(1899, 11, 30);
  const iso = new Date(ms).toISOString();
  return Number.isInteger(value.serial)
    ? { date: iso.slice(0, 10) }
    : { dateTime: iso.slice(0, 19).replace('T', ' ') };
}

function rank(v: CellValue): number {
  if (v === '') return 3;
  if (typeof v === 'number' || v instanceof DateCell) return 0;
  if (typeof v === 'boolean') return 2;
  return 1;
}

export function compareCells(a: CellValue, b: CellValue, dir: 1 | -1): number {
  const ra = rank(a);
  const rb = rank(b);
  // Blanks stay at the bottom whatever the direction.
  if (ra === 3 || rb === 3) return ra - rb;
  if (ra !== rb) return (ra - rb) * dir;
  const na = a instanceof DateCell ? a.serial : a;
  const nb = b instanceof DateCell ? b.serial : b;
  if (typeof na === 'string' && typeof nb === 'string')
    return na.localeCompare(nb, undefined, { sensitivity: 'base' }) * dir;
  return (Number(na) - Number(nb)) * dir;
}

/** The row object at `row` (1-based), creating blank rows up to it. */
export function ensureRow(sheet: SheetData, row: number): Row {
  while (sheet.rows.length < row) sheet.rows.push({ values: [] });
  const target = sheet.rows[row - 1];
  if (!target) throw new Error('unreachable: row was just created');
  return target;
}

export function writeCell(
  row: Row,
  c: number,
  value: CellValue,
  formula?: string,
  format?: string,
): void {
  while (row.values.length < c) row.values.push('');
  row.values[c] = value;
  if (formula !== undefined) setSparse(row, 'formulas', c, formula);
  else if (row.formulas?.[c] !== undefined) row.formulas[c] = undefined;
  if (format !== undefined) setSparse(row, 'formats', c, format);
}

export function insertRowData(sheet: SheetData, beforeRow: number, rows: Row[]): void {
  if (sheet.rows.length < beforeRow - 1) ensureRow(sheet, beforeRow - 1);
  sheet.rows.splice(beforeRow - 1, 0, ...rows);
  sheet.maxRows += rows.length;
  for (const m of sheet.merges) if (m.row >= beforeRow) m.row += rows.length;
}

export function deleteRowData(sheet: SheetData, row: number, count: number): void {
  sheet.rows.splice(row - 1, count);
  sheet.maxRows -= count;
  sheet.merges = sheet.merges.filter((m) => m.row + m.numRows - 1 < row || m.row >= row + count);
  for (const m of sheet.merges) if (m.row >= row + count) m.row -= count;
}
