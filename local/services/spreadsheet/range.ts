/**
 * Range (https://developers.google.com/apps-script/reference/spreadsheet/range). A range is a
 * fixed block of row and column numbers: if the user sorts or inserts rows between two calls,
 * the same Range reads whatever is now at those positions, as in Sheets.
 */
import { formatA1 } from './a1.ts';
import { type CellStyle, type CellValue, type Row, setSparse } from './cell.ts';
import { fromScriptValue, storeWritten, toScriptValue } from './cell-io.ts';
import { dataValidationFacade, type ValidationRule, validationRule } from './data-validation.ts';
import { DEFAULT_NUMBER_FORMAT, displayValue } from './number-format.ts';
import type { SheetsSession } from './session.ts';
import { SheetFacade } from './sheet.ts';
import { ensureRow, type SheetData, type SpreadsheetData } from './store.ts';

type Grid<T> = T[][];

function describeArgument(value: unknown): string {
  if (Array.isArray(value)) {
    const first = value.find((v) => v !== undefined && v !== null);
    return `${first === undefined ? 'Object' : describeArgument(first)}[]`;
  }
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (value === null) return 'null';
  return 'Object';
}

export class RangeFacade {
  readonly #s: SheetsSession;
  readonly #book: SpreadsheetData;
  readonly #sheet: SheetData;
  readonly #row: number;
  readonly #col: number;
  readonly #numRows: number;
  readonly #numCols: number;

  constructor(
    s: SheetsSession,
    book: SpreadsheetData,
    sheet: SheetData,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ) {
    this.#s = s;
    this.#book = book;
    this.#sheet = sheet;
    this.#row = row;
    this.#col = col;
    this.#numRows = numRows;
    this.#numCols = numCols;
  }

  /** Checks the bounds Sheets checks when a range is made (messages as Apps Script words them). */
  static create(
    s: SheetsSession,
    book: SpreadsheetData,
    sheet: SheetData,
    row: number,
    col: number,
    numRows = 1,
    numCols = 1,
  ): RangeFacade {
    for (const n of [row, col, numRows, numCols]) {
      if (typeof n !== 'number' || !Number.isFinite(n)) {
        throw s.error(
          `The parameters (${[row, col, numRows, numCols].map(describeArgument).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
        );
      }
    }
    const [r, c, nr, nc] = [row, col, numRows, numCols].map(Math.floor) as [
      number,
      number,
      number,
      number,
    ];
    if (r < 1) throw s.error('The starting row of the range is too small.');
    if (c < 1) throw s.error('The starting column of the range is too small.');
    if (nr < 1) throw s.error('The number of rows in the range must be at least 1.');
    if (nc < 1) throw s.error('The number of columns in the range must be at least 1.');
    if (r + nr - 1 > sheet.maxRows || c + nc - 1 > sheet.maxColumns) {
      throw s.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new RangeFacade(s, book, sheet, r, c, nr, nc);
  }

  // ---- shape ----------------------------------------------------------------------------

  getRow(): number {
    this.#s.call('Range.getRow');
    return this.#row;
  }
  getRowIndex(): number {
    this.#s.call('Range.getRowIndex');
    return this.#row;
  }
  getColumn(): number {
    this.#s.call('Range.getColumn');
    return this.#col;
  }
  getNumRows(): number {
    this.#s.call('Range.getNumRows');
    return this.#numRows;
  }
  getNumColumns(): number {
    this.#s.call('Range.getNumColumns');
    return this.#numCols;
  }
  getLastRow(): number {
    this.#s.call('Range.getLastRow');
    return this.#row + this.#numRows - 1;
  }
  getLastColumn(): number {
    this.#s.call('Range.getLastColumn');
    return this.#col + this.#numCols - 1;
  }
  getA1Notation(): string {
    this.#s.call('Range.getA1Notation');
    return formatA1(this.#row, this.#col, this.#numRows, this.#numCols);
  }
  getSheet(): SheetFacade {
    this.#s.call('Range.getSheet');
    return new SheetFacade(this.#s, this.#book, this.#sheet);
  }
  getCell(row: number, column: number): RangeFacade {
    this.#s.call('Range.getCell');
    if (row < 1 || row > this.#numRows || column < 1 || column > this.#numCols) {
      throw this.#s.error('Cell reference out of range');
    }
    return RangeFacade.create(
      this.#s,
      this.#book,
      this.#sheet,
      this.#row + row - 1,
      this.#col + column - 1,
    );
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): RangeFacade {
    this.#s.call('Range.offset');
    return RangeFacade.create(
      this.#s,
      this.#book,
      this.#sheet,
      this.#row + rowOffset,
      this.#col + columnOffset,
      numRows ?? this.#numRows,
      numColumns ?? this.#numCols,
    );
  }
  activate(): RangeFacade {
    this.#s.call('Range.activate');
    this.#book.activeSheetName = this.#sheet.name;
    return this;
  }

  // ---- values ----------------------------------------------------------------------------

  #read<T>(pick: (row: Row | undefined, c: number) => T): Grid<T> {
    const { Array: RealmArray } = this.#s.ctx.realm;
    const out = new RealmArray<T[]>(this.#numRows) as Grid<T>;
    for (let r = 0; r < this.#numRows; r++) {
      const row = this.#sheet.rows[this.#row - 1 + r];
      const line = new RealmArray<T>(this.#numCols);
      for (let c = 0; c < this.#numCols; c++) line[c] = pick(row, this.#col - 1 + c);
      out[r] = line;
    }
    return out;
  }

  #value(row: Row | undefined, c: number): CellValue {
    return row?.values[c] ?? '';
  }

  getValues(): Grid<unknown> {
    this.#s.call('Range.getValues', this.#numRows * this.#numCols, this.#sheet.name);
    this.#s.ctx.kernel.noteTabRead(this.#sheet.name);
    const { ctx } = this.#s;
    return this.#read((row, c) => toScriptValue(ctx, this.#book, this.#value(row, c)));
  }
  getValue(): unknown {
    this.#s.call('Range.getValue');
    return toScriptValue(
      this.#s.ctx,
      this.#book,
      this.#value(this.#sheet.rows[this.#row - 1], this.#col - 1),
    );
  }
  getDisplayValues(): Grid<string> {
    this.#s.call('Range.getDisplayValues', this.#numRows * this.#numCols);
    this.#s.ctx.kernel.noteTabRead(this.#sheet.name);
    return this.#read((row, c) =>
      displayValue(this.#value(row, c), row?.formats?.[c], this.#book.locale),
    );
  }
  getDisplayValue(): string {
    this.#s.call('Range.getDisplayValue');
    const row = this.#sheet.rows[this.#row - 1];
    const c = this.#col - 1;
    return displayValue(this.#value(row, c), row?.formats?.[c], this.#book.locale);
  }
  getFormulas(): Grid<string> {
    this.#s.call('Range.getFormulas', this.#numRows * this.#numCols);
    this.#s.ctx.kernel.noteTabRead(this.#sheet.name);
    return this.#read((row, c) => row?.formulas?.[c] ?? '');
  }
  getFormula(): string {
    this.#s.call('Range.getFormula');
    return this.#sheet.rows[this.#row - 1]?.formulas?.[this.#col - 1] ?? '';
  }

  #checkGrid(values: unknown, method: string): asserts values is unknown[][] {
    if (!Array.isArray(values) || values.some((line) => !Array.isArray(line))) {
      throw this.#s.error(
        `The parameters (${describeArgument(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
    if (values.length !== this.#numRows) {
      throw this.#s.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.#numRows}.`,
      );
    }
    for (const line of values as unknown[][]) {
      if (line.length !== this.#numCols) {
        throw this.#s.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.#numCols}.`,
        );
      }
    }
  }

  #write(values: unknown[][]): void {
    const { ctx } = this.#s;
    // Convert everything first: a refused cell (over 50,000 characters) writes nothing.
    const converted = values.map((line, r) =>
      line.map((v, c) =>
        fromScriptValue(
          ctx,
          this.#book,
          v,
          this.#sheet.rows[this.#row - 1 + r]?.formats?.[this.#col - 1 + c],
        ),
      ),
    );
    converted.forEach((line, r) => {
      const row = ensureRow(this.#sheet, this.#row + r);
      line.forEach((written, c) => {
        storeWritten(row, this.#col - 1 + c, written);
      });
    });
  }

  setValues(values: unknown[][]): RangeFacade {
    this.#s.call('Range.setValues', this.#numRows * this.#numCols, this.#sheet.name);
    this.#s.ctx.kernel.noteTabWrite(this.#sheet.name);
    this.#checkGrid(values, 'setValues');
    this.#write(values);
    return this;
  }
  setValue(value: unknown): RangeFacade {
    this.#s.call('Range.setValue', this.#numRows * this.#numCols);
    const grid = Array.from({ length: this.#numRows }, () =>
      Array.from({ length: this.#numCols }, () => value),
    );
    this.#write(grid);
    return this;
  }
  setFormula(formula: string): RangeFacade {
    this.#s.call('Range.setFormula');
    this.#write(
      Array.from({ length: this.#numRows }, () =>
        Array.from({ length: this.#numCols }, () => String(formula)),
      ),
    );
    return this;
  }
  setFormulas(formulas: string[][]): RangeFacade {
    this.#s.call('Range.setFormulas');
    this.#checkGrid(formulas, 'setFormulas');
    this.#write(formulas.map((line) => line.map(String)));
    return this;
  }
  clearContent(): RangeFacade {
    this.#s.call('Range.clearContent');
    this.#forEachCell((row, c) => storeWritten(row, c, { value: '' }));
    return this;
  }
  clearFormat(): RangeFacade {
    this.#s.call('Range.clearFormat');
    this.#forEachCell((row, c) => {
      if (row.formats) row.formats[c] = undefined;
      if (row.styles) row.styles[c] = undefined;
    });
    return this;
  }
  clear(): RangeFacade {
    this.#s.call('Range.clear');
    this.#forEachCell((row, c) => {
      storeWritten(row, c, { value: '' });
      if (row.formats) row.formats[c] = undefined;
      if (row.styles) row.styles[c] = undefined;
      if (row.validations) row.validations[c] = undefined;
    });
    return this;
  }
  isBlank(): boolean {
    this.#s.call('Range.isBlank');
    let blank = true;
    for (let r = 0; r < this.#numRows && blank; r++) {
      const row = this.#sheet.rows[this.#row - 1 + r];
      for (let c = 0; c < this.#numCols; c++) {
        const col = this.#col - 1 + c;
        if ((row?.values[col] ?? '') !== '' || row?.formulas?.[col] !== undefined) blank = false;
      }
    }
    return blank;
  }

  #forEachCell(fn: (row: Row, c: number, r: number, cc: number) => void): void {
    for (let r = 0; r < this.#numRows; r++) {
      const row = ensureRow(this.#sheet, this.#row + r);
      for (let c = 0; c < this.#numCols; c++) fn(row, this.#col - 1 + c, r, c);
    }
  }

  // ---- number formats ---------------------------------------------------------------------

  getNumberFormat(): string {
    this.#s.call('Range.getNumberFormat');
    return this.#sheet.rows[this.#row - 1]?.formats?.[this.#col - 1] ?? DEFAULT_NUMBER_FORMAT;
  }
  getNumberFormats(): Grid<string> {
    this.#s.call('Range.getNumberFormats', this.#numRows * this.#numCols);
    return this.#read((row, c) => row?.formats?.[c] ?? DEFAULT_NUMBER_FORMAT);
  }
  setNumberFormat(format: string): RangeFacade {
    this.#s.call('Range.setNumberFormat');
    this.#forEachCell((row, c) => setSparse(row, 'formats', c, String(format)));
    return this;
  }
  setNumberFormats(formats: string[][]): RangeFacade {
    this.#s.call('Range.setNumberFormats');
    this.#checkGrid(formats, 'setNumberFormats');
    this.#forEachCell((row, c, r, cc) => setSparse(row, 'formats', c, String(formats[r]?.[cc])));
    return this;
  }

  // ---- styles -------------------------------------------------------------------------------

  #style(patch: CellStyle): void {
    this.#forEachCell((row, c) => setSparse(row, 'styles', c, { ...row.styles?.[c], ...patch }));
  }
  #styles(grid: unknown[][], method: string, make: (v: unknown) => CellStyle): void {
    this.#checkGrid(grid, method);
    this.#forEachCell((row, c, r, cc) =>
      setSparse(row, 'styles', c, { ...row.styles?.[c], ...make(grid[r]?.[cc]) }),
    );
  }
  #readStyle<K extends keyof CellStyle>(
    key: K,
    fallback: NonNullable<CellStyle[K]>,
  ): NonNullable<CellStyle[K]> {
    return this.#sheet.rows[this.#row - 1]?.styles?.[this.#col - 1]?.[key] ?? fallback;
  }

  setFontWeight(fontWeight: string | null): RangeFacade {
    this.#s.call('Range.setFontWeight');
    this.#style({ fontWeight: fontWeight ?? 'normal' });
    return this;
  }
  setFontWeights(fontWeights: (string | null)[][]): RangeFacade {
    this.#s.call('Range.setFontWeights');
    this.#styles(fontWeights, 'setFontWeights', (v) => ({
      fontWeight: (v as string | null) ?? 'normal',
    }));
    return this;
  }
  getFontWeight(): string {
    this.#s.call('Range.getFontWeight');
    return this.#readStyle('fontWeight', 'normal');
  }
  setBackground(color: string | null): RangeFacade {
    this.#s.call('Range.setBackground');
    this.#style({ background: color ?? '#ffffff' });
    return this;
  }
  setBackgrounds(colors: (string | null)[][]): RangeFacade {
    this.#s.call('Range.setBackgrounds');
    this.#styles(colors, 'setBackgrounds', (v) => ({
      background: (v as string | null) ?? '#ffffff',
    }));
    return this;
  }
  getBackground(): string {
    this.#s.call('Range.getBackground');
    return this.#readStyle('background', '#ffffff');
  }
  getBackgrounds(): Grid<string> {
    this.#s.call('Range.getBackgrounds', this.#numRows * this.#numCols);
    return this.#read((row, c) => row?.styles?.[c]?.background ?? '#ffffff');
  }
  setFontColor(color: string | null): RangeFacade {
    this.#s.call('Range.setFontColor');
    this.#style({ fontColor: color ?? '#000000' });
    return this;
  }
  setHorizontalAlignment(alignment: string | null): RangeFacade {
    this.#s.call('Range.setHorizontalAlignment');
    this.#style({ horizontalAlignment: alignment ?? 'general' });
    return this;
  }
  setWrap(isWrapEnabled: boolean): RangeFacade {
    this.#s.call('Range.setWrap');
    this.#style({ wrap: Boolean(isWrapEnabled) });
    return this;
  }
  getWrap(): boolean {
    this.#s.call('Range.getWrap');
    return this.#readStyle('wrap', true);
  }
  setNote(note: string | null): RangeFacade {
    this.#s.call('Range.setNote');
    this.#style({ note: note ?? '' });
    return this;
  }
  getNote(): string {
    this.#s.call('Range.getNote');
    return this.#readStyle('note', '');
  }

  // ---- data validation ---------------------------------------------------------------------

  setDataValidation(rule: unknown): RangeFacade {
    this.#s.call('Range.setDataValidation');
    const parsed = rule === null ? null : validationRule(rule);
    if (rule !== null && parsed === null) {
      throw this.#s.error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
      );
    }
    this.#forEachCell((row, c) => setSparse(row, 'validations', c, parsed ?? undefined));
    return this;
  }
  setDataValidations(rules: unknown[][]): RangeFacade {
    this.#s.call('Range.setDataValidations');
    this.#checkGrid(rules, 'setDataValidations');
    this.#forEachCell((row, c, r, cc) =>
      setSparse(row, 'validations', c, validationRule(rules[r]?.[cc]) ?? undefined),
    );
    return this;
  }
  getDataValidation(): object | null {
    this.#s.call('Range.getDataValidation');
    const rule = this.#sheet.rows[this.#row - 1]?.validations?.[this.#col - 1] as
      | ValidationRule
      | undefined;
    return rule ? dataValidationFacade(this.#s.ctx, rule) : null;
  }
  getDataValidations(): Grid<object | null> {
    this.#s.call('Range.getDataValidations', this.#numRows * this.#numCols);
    return this.#read((row, c) => {
      const rule = row?.validations?.[c] as ValidationRule | undefined;
      return rule ? dataValidationFacade(this.#s.ctx, rule) : null;
    });
  }

  // ---- merges ----------------------------------------------------------------------------------

  /** Merging keeps the top-left value only, as Sheets does. */
  merge(): RangeFacade {
    this.#s.call('Range.merge');
    this.#forEachCell((row, c, r, cc) => {
      if (r !== 0 || cc !== 0) storeWritten(row, c, { value: '' });
    });
    this.#sheet.merges.push({
      row: this.#row,
      column: this.#col,
      numRows: this.#numRows,
      numColumns: this.#numCols,
    });
    return this;
  }
  breakApart(): RangeFacade {
    this.#s.call('Range.breakApart');
    this.#sheet.merges = this.#sheet.merges.filter((m) => !this.#overlaps(m));
    return this;
  }
  isPartOfMerge(): boolean {
    this.#s.call('Range.isPartOfMerge');
    return this.#sheet.merges.some((m) => this.#overlaps(m));
  }
  #overlaps(m: { row: number; column: number; numRows: number; numColumns: number }): boolean {
    return (
      m.row <= this.#row + this.#numRows - 1 &&
      this.#row <= m.row + m.numRows - 1 &&
      m.column <= this.#col + this.#numCols - 1 &&
      this.#col <= m.column + m.numColumns - 1
    );
  }

  toString(): string {
    return 'Range';
  }
}
