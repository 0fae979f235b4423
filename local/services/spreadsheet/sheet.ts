/**
 * Sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet).
 */
import { parseA1 } from './a1.ts';
import type { Row } from './cell.ts';
import { fromScriptValue, storeWritten } from './cell-io.ts';
import { type ProtectionFacade, protectSheet, sheetProtections } from './protection.ts';
import { RangeFacade } from './range.ts';
import type { SheetsSession } from './session.ts';
import { SpreadsheetFacade } from './spreadsheet.ts';
import {
  compareCells,
  deleteRowData,
  ensureRow,
  insertRowData,
  lastColumn,
  lastRow,
  type SheetData,
  type SpreadsheetData,
} from './store.ts';

/** Default column width in pixels of a new sheet. */
const DEFAULT_COLUMN_WIDTH = 100;

export function sheetNameTaken(book: SpreadsheetData, name: string, except?: SheetData): boolean {
  return book.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
}

export function duplicateSheetNameMessage(name: string): string {
  // Same wording as the Sheets API's addSheet error; Apps Script's insertSheet reports it too.
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

const SPARSE_KEYS = ['formulas', 'formats', 'styles', 'validations'] as const;

function spliceColumns(row: Row, at: number, remove: number, insert: number): void {
  if (row.values.length > at) row.values.splice(at, remove, ...Array<''>(insert).fill(''));
  for (const key of SPARSE_KEYS) {
    const arr = row[key] as unknown[] | undefined;
    if (arr && arr.length > at) arr.splice(at, remove, ...Array<undefined>(insert).fill(undefined));
  }
}

export class SheetFacade {
  readonly #s: SheetsSession;
  readonly #book: SpreadsheetData;
  readonly #sheet: SheetData;

  constructor(s: SheetsSession, book: SpreadsheetData, sheet: SheetData) {
    this.#s = s;
    this.#book = book;
    this.#sheet = sheet;
  }

  static dataOf(sheet: SheetFacade): SheetData {
    return sheet.#sheet;
  }

  #call(method: string, cells = 0): void {
    this.#s.call(`Sheet.${method}`, cells);
    if (this.#sheet.deleted) {
      // The real message for a sheet deleted during the execution is not documented.
      throw this.#s.error(`The sheet ${this.#sheet.name} has been deleted.`);
    }
  }

  getName(): string {
    this.#call('getName');
    return this.#sheet.name;
  }
  setName(name: string): SheetFacade {
    this.#call('setName');
    const text = String(name);
    if (sheetNameTaken(this.#book, text, this.#sheet))
      throw this.#s.error(duplicateSheetNameMessage(text));
    if (this.#book.activeSheetName === this.#sheet.name) this.#book.activeSheetName = text;
    this.#sheet.name = text;
    return this;
  }
  getSheetId(): number {
    this.#call('getSheetId');
    return this.#sheet.sheetId;
  }
  getIndex(): number {
    this.#call('getIndex');
    return this.#book.sheets.indexOf(this.#sheet) + 1;
  }
  getParent(): SpreadsheetFacade {
    this.#call('getParent');
    return new SpreadsheetFacade(this.#s, this.#book);
  }
  activate(): SheetFacade {
    this.#call('activate');
    this.#book.activeSheetName = this.#sheet.name;
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet(): no effect
  // on a hidden sheet; hiding the only visible sheet throws (the message is not documented).
  hideSheet(): SheetFacade {
    this.#call('hideSheet');
    const visible = this.#book.sheets.filter((s) => !s.deleted && !s.hidden);
    if (!this.#sheet.hidden && visible.length <= 1)
      throw this.#s.error("You can't hide all the sheets in a document.");
    this.#sheet.hidden = true;
    return this;
  }
  showSheet(): SheetFacade {
    this.#call('showSheet');
    this.#sheet.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.#call('isSheetHidden');
    return this.#sheet.hidden === true;
  }

  protect(): ProtectionFacade {
    this.#call('protect');
    return protectSheet(this.#s, this.#sheet);
  }
  getProtections(type: unknown): ProtectionFacade[] {
    this.#call('getProtections');
    return sheetProtections(this.#s, this.#sheet, type);
  }

  // ---- size ----------------------------------------------------------------------------------

  getLastRow(): number {
    this.#call('getLastRow');
    return lastRow(this.#sheet);
  }
  getLastColumn(): number {
    this.#call('getLastColumn');
    return lastColumn(this.#sheet);
  }
  getMaxRows(): number {
    this.#call('getMaxRows');
    return this.#sheet.maxRows;
  }
  getMaxColumns(): number {
    this.#call('getMaxColumns');
    return this.#sheet.maxColumns;
  }

  // ---- ranges --------------------------------------------------------------------------------

  getRange(
    a: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): RangeFacade {
    this.#call('getRange');
    if (typeof a === 'string') return this.#rangeA1(a);
    return RangeFacade.create(
      this.#s,
      this.#book,
      this.#sheet,
      a,
      column ?? Number.NaN,
      numRows,
      numColumns,
    );
  }

  #rangeA1(a1: string): RangeFacade {
    const parsed = parseA1(a1);
    if (!parsed || (parsed.sheetName !== null && parsed.sheetName !== this.#sheet.name)) {
      throw this.#s.error('Range not found');
    }
    return RangeFacade.create(
      this.#s,
      this.#book,
      this.#sheet,
      parsed.row,
      parsed.column,
      parsed.numRows ?? this.#sheet.maxRows - parsed.row + 1,
      parsed.numColumns ?? this.#sheet.maxColumns - parsed.column + 1,
    );
  }

  getDataRange(): RangeFacade {
    this.#call('getDataRange');
    const rows = Math.max(1, lastRow(this.#sheet));
    const cols = Math.max(1, lastColumn(this.#sheet));
    return RangeFacade.create(this.#s, this.#book, this.#sheet, 1, 1, rows, cols);
  }

  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    this.#call('getSheetValues', Math.max(0, numRows) * Math.max(0, numColumns));
    const rows = numRows === -1 ? lastRow(this.#sheet) - startRow + 1 : numRows;
    const cols = numColumns === -1 ? lastColumn(this.#sheet) - startColumn + 1 : numColumns;
    return RangeFacade.create(
      this.#s,
      this.#book,
      this.#sheet,
      startRow,
      startColumn,
      rows,
      cols,
    ).getValues();
  }

  /** Appends after the last row with content; strings are read as typed input, like setValues. */
  appendRow(rowContents: unknown[]): SheetFacade {
    this.#call('appendRow', Array.isArray(rowContents) ? rowContents.length : 0);
    if (!Array.isArray(rowContents)) {
      throw this.#s.error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const target = lastRow(this.#sheet) + 1;
    const current = this.#sheet.rows[target - 1];
    const written = rowContents.map((v, c) =>
      fromScriptValue(this.#s.ctx, this.#book, v, current?.formats?.[c]),
    );
    if (target > this.#sheet.maxRows) this.#sheet.maxRows = target;
    this.#sheet.maxColumns = Math.max(this.#sheet.maxColumns, rowContents.length);
    const row = ensureRow(this.#sheet, target);
    written.forEach((w, c) => {
      storeWritten(row, c, w);
    });
    return this;
  }

  // ---- rows and columns ------------------------------------------------------------------------

  #checkRowPosition(position: number): void {
    if (!Number.isInteger(position) || position < 1 || position > this.#sheet.maxRows) {
      throw this.#s.error('Those rows are out of bounds.');
    }
  }

  #insertRows(beforeRow: number, howMany: number): void {
    const rows = Array.from({ length: howMany }, () => ({ values: [] }) as Row);
    insertRowData(this.#sheet, beforeRow, rows);
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetFacade {
    this.#call('insertRowsAfter');
    this.#checkRowPosition(afterPosition);
    this.#insertRows(afterPosition + 1, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): SheetFacade {
    this.#call('insertRowsBefore');
    this.#checkRowPosition(beforePosition);
    this.#insertRows(beforePosition, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): SheetFacade {
    this.#call('insertRowAfter');
    this.#checkRowPosition(afterPosition);
    this.#insertRows(afterPosition + 1, 1);
    return this;
  }
  insertRowBefore(beforePosition: number): SheetFacade {
    this.#call('insertRowBefore');
    this.#checkRowPosition(beforePosition);
    this.#insertRows(beforePosition, 1);
    return this;
  }

  #deleteRows(position: number, howMany: number): void {
    this.#checkRowPosition(position);
    if (position + howMany - 1 > this.#sheet.maxRows)
      throw this.#s.error('Those rows are out of bounds.');
    if (howMany >= this.#sheet.maxRows - this.#sheet.frozenRows) {
      throw this.#s.error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    deleteRowData(this.#sheet, position, howMany);
  }
  deleteRow(rowPosition: number): SheetFacade {
    this.#call('deleteRow');
    this.#deleteRows(rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.#call('deleteRows');
    this.#deleteRows(rowPosition, howMany);
  }

  #checkColumnPosition(position: number): void {
    if (!Number.isInteger(position) || position < 1 || position > this.#sheet.maxColumns) {
      throw this.#s.error('Those columns are out of bounds.');
    }
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetFacade {
    this.#call('insertColumnsAfter');
    this.#checkColumnPosition(afterPosition);
    for (const row of this.#sheet.rows) spliceColumns(row, afterPosition, 0, howMany);
    this.#sheet.maxColumns += howMany;
    return this;
  }
  insertColumnAfter(afterPosition: number): SheetFacade {
    this.#call('insertColumnAfter');
    this.#checkColumnPosition(afterPosition);
    for (const row of this.#sheet.rows) spliceColumns(row, afterPosition, 0, 1);
    this.#sheet.maxColumns += 1;
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): SheetFacade {
    this.#call('insertColumnsBefore');
    this.#checkColumnPosition(beforePosition);
    for (const row of this.#sheet.rows) spliceColumns(row, beforePosition - 1, 0, howMany);
    this.#sheet.maxColumns += howMany;
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.#call('deleteColumns');
    this.#checkColumnPosition(columnPosition);
    for (const row of this.#sheet.rows) spliceColumns(row, columnPosition - 1, howMany, 0);
    this.#sheet.maxColumns = Math.max(1, this.#sheet.maxColumns - howMany);
  }
  deleteColumn(columnPosition: number): SheetFacade {
    this.#call('deleteColumn');
    this.#checkColumnPosition(columnPosition);
    for (const row of this.#sheet.rows) spliceColumns(row, columnPosition - 1, 1, 0);
    this.#sheet.maxColumns = Math.max(1, this.#sheet.maxColumns - 1);
    return this;
  }

  /** Sorts the rows below the frozen ones by a column (https://developers.google.com/apps-script/reference/spreadsheet/sheet#sort(Integer,Boolean)). */
  sort(columnPosition: number, ascending = true): SheetFacade {
    this.#call('sort');
    const from = this.#sheet.frozenRows;
    const body = this.#sheet.rows.slice(from, lastRow(this.#sheet));
    const c = columnPosition - 1;
    body.sort((a, b) => compareCells(a.values[c] ?? '', b.values[c] ?? '', ascending ? 1 : -1));
    this.#sheet.rows.splice(from, body.length, ...body);
    return this;
  }

  // ---- layout ------------------------------------------------------------------------------------

  setFrozenRows(rows: number): SheetFacade {
    this.#call('setFrozenRows');
    this.#sheet.frozenRows = rows;
    return this;
  }
  getFrozenRows(): number {
    this.#call('getFrozenRows');
    return this.#sheet.frozenRows;
  }
  setFrozenColumns(columns: number): SheetFacade {
    this.#call('setFrozenColumns');
    this.#sheet.frozenColumns = columns;
    return this;
  }
  getFrozenColumns(): number {
    this.#call('getFrozenColumns');
    return this.#sheet.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): SheetFacade {
    this.#call('setColumnWidth');
    this.#sheet.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetFacade {
    this.#call('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.#sheet.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    this.#call('getColumnWidth');
    return this.#sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumns(startColumn: number, numColumns: number): SheetFacade {
    this.#call('autoResizeColumns');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.#sheet.columnWidths.delete(c);
    return this;
  }
  autoResizeColumn(columnPosition: number): SheetFacade {
    this.#call('autoResizeColumn');
    this.#sheet.columnWidths.delete(columnPosition);
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.#call('hideColumns');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.#sheet.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.#call('showColumns');
    for (let c = columnIndex; c < columnIndex + numColumns; c++)
      this.#sheet.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.#call('isColumnHiddenByUser');
    return this.#sheet.hiddenColumns.has(columnPosition);
  }

  // ---- clearing ----------------------------------------------------------------------------------

  clear(): SheetFacade {
    this.#call('clear');
    this.#sheet.rows = [];
    this.#sheet.merges = [];
    return this;
  }
  clearContents(): SheetFacade {
    this.#call('clearContents');
    for (const row of this.#sheet.rows) {
      row.values = [];
      row.formulas = undefined;
    }
    return this;
  }
  clearFormats(): SheetFacade {
    this.#call('clearFormats');
    for (const row of this.#sheet.rows) {
      row.formats = undefined;
      row.styles = undefined;
    }
    return this;
  }

  toString(): string {
    return 'Sheet';
  }
}
