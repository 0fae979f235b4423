/**
 * Spreadsheet (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet).
 */

import { parseA1 } from './a1.ts';
import {
  addSpreadsheetMetadata,
  type DeveloperMetadataFacade,
  spreadsheetMetadata,
} from './developer-metadata.ts';
import { RangeFacade } from './range.ts';
import type { SheetsSession } from './session.ts';
import { duplicateSheetNameMessage, SheetFacade, sheetNameTaken } from './sheet.ts';
import { lastRow, newSheetData, type SpreadsheetData } from './store.ts';
import { isValidTimeZone } from './zoned-time.ts';

export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

export class SpreadsheetFacade {
  readonly #s: SheetsSession;
  readonly #book: SpreadsheetData;

  constructor(s: SheetsSession, book: SpreadsheetData) {
    this.#s = s;
    this.#book = book;
  }

  #call(method: string): void {
    this.#s.call(`Spreadsheet.${method}`);
  }

  #sheet(name: string): SheetFacade | null {
    const data = this.#book.sheets.find((s) => s.name === name);
    return data ? new SheetFacade(this.#s, this.#book, data) : null;
  }

  getId(): string {
    this.#call('getId');
    return this.#book.id;
  }
  getName(): string {
    this.#call('getName');
    return this.#book.name;
  }
  rename(newName: string): void {
    this.#call('rename');
    this.#book.name = String(newName);
  }
  getUrl(): string {
    this.#call('getUrl');
    return spreadsheetUrl(this.#book.id);
  }
  getSpreadsheetTimeZone(): string {
    this.#call('getSpreadsheetTimeZone');
    return this.#book.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.#call('setSpreadsheetTimeZone');
    if (!isValidTimeZone(timezone)) throw this.#s.error(`Invalid argument: timezone`);
    this.#book.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    this.#call('getSpreadsheetLocale');
    return this.#book.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.#call('setSpreadsheetLocale');
    this.#book.locale = String(locale);
  }

  // ---- developer metadata (developer-metadata.ts) -----------------------------------------

  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: unknown,
    visibility?: unknown,
  ): SpreadsheetFacade {
    this.#call('addDeveloperMetadata');
    addSpreadsheetMetadata(this.#s, this.#book, key, valueOrVisibility, visibility);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataFacade[] {
    this.#call('getDeveloperMetadata');
    return this.#s.ctx.toRealm(spreadsheetMetadata(this.#s, this.#book));
  }

  // ---- sheets --------------------------------------------------------------------------------

  getSheets(): SheetFacade[] {
    this.#call('getSheets');
    return this.#s.ctx.toRealm(
      this.#book.sheets.map((d) => new SheetFacade(this.#s, this.#book, d)),
    );
  }
  getNumSheets(): number {
    this.#call('getNumSheets');
    return this.#book.sheets.length;
  }
  /** null when no sheet has that name (names match exactly). */
  getSheetByName(name: string): SheetFacade | null {
    this.#call('getSheetByName');
    return this.#sheet(String(name));
  }
  getSheetById(id: number): SheetFacade | null {
    this.#call('getSheetById');
    const data = this.#book.sheets.find((s) => s.sheetId === id);
    return data ? new SheetFacade(this.#s, this.#book, data) : null;
  }
  getActiveSheet(): SheetFacade {
    this.#call('getActiveSheet');
    const active =
      this.#book.activeSheetName === null ? null : this.#sheet(this.#book.activeSheetName);
    const first = this.#book.sheets[0];
    return active ?? new SheetFacade(this.#s, this.#book, first ?? this.#addSheet('Sheet1', 0));
  }
  setActiveSheet(sheet: SheetFacade): SheetFacade {
    this.#call('setActiveSheet');
    this.#book.activeSheetName = SheetFacade.dataOf(sheet).name;
    return sheet;
  }

  #addSheet(name: string, index: number) {
    const data = newSheetData(this.#book.nextSheetId, name);
    this.#book.nextSheetId += 1;
    this.#book.sheets.splice(index, 0, data);
    return data;
  }

  /**
   * insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index). The new sheet
   * becomes the active one, as in Sheets.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): SheetFacade {
    this.#call('insertSheet');
    let name: string;
    let position = this.#book.sheets.length;
    if (typeof nameOrIndex === 'number') position = nameOrIndex;
    if (typeof index === 'number') position = index;
    if (typeof nameOrIndex === 'string') {
      name = nameOrIndex;
      if (sheetNameTaken(this.#book, name)) throw this.#s.error(duplicateSheetNameMessage(name));
    } else {
      let n = this.#book.sheets.length + 1;
      while (sheetNameTaken(this.#book, `Sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    const data = this.#addSheet(name, Math.max(0, Math.min(position, this.#book.sheets.length)));
    this.#book.activeSheetName = data.name;
    return new SheetFacade(this.#s, this.#book, data);
  }
  deleteSheet(sheet: SheetFacade): void {
    this.#call('deleteSheet');
    const data = SheetFacade.dataOf(sheet);
    if (this.#book.sheets.length === 1) {
      // Sheets refuses to remove the last sheet; the exact Apps Script wording is not documented.
      throw this.#s.error("You can't remove all the sheets in a document.");
    }
    this.#book.sheets = this.#book.sheets.filter((s) => s !== data);
    data.deleted = true;
    if (this.#book.activeSheetName === data.name)
      this.#book.activeSheetName = this.#book.sheets[0]?.name ?? null;
  }

  /** A1 notation with an optional sheet name (`'Log'!A1:C3`); without one, the active sheet. */
  getRange(a1Notation: string): RangeFacade {
    this.#call('getRange');
    const parsed = parseA1(String(a1Notation));
    if (!parsed) throw this.#s.error('Range not found');
    const sheetName =
      parsed.sheetName ?? this.#book.activeSheetName ?? this.#book.sheets[0]?.name ?? '';
    const data = this.#book.sheets.find((s) => s.name === sheetName);
    if (!data) throw this.#s.error('Range not found');
    return RangeFacade.create(
      this.#s,
      this.#book,
      data,
      parsed.row,
      parsed.column,
      parsed.numRows ?? data.maxRows - parsed.row + 1,
      parsed.numColumns ?? data.maxColumns - parsed.column + 1,
    );
  }
  getLastRow(): number {
    this.#call('getLastRow');
    const active =
      this.#book.sheets.find((s) => s.name === this.#book.activeSheetName) ?? this.#book.sheets[0];
    return active ? lastRow(active) : 0;
  }

  /**
   * Shows a toast in the lower right corner (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)):
   * recorded in `runtime.ui.toasts`. Default timeout 5 s; a negative one keeps it until closed.
   */
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.#call('toast');
    this.#s.ui.toasts.push({
      spreadsheetId: this.#book.id,
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
      at: this.#s.ctx.kernel.clock.now(),
    });
  }

  toString(): string {
    return 'Spreadsheet';
  }
}
