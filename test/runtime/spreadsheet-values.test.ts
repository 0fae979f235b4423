/**
 * Reading and writing cells through SpreadsheetApp
 * (https://developers.google.com/apps-script/reference/spreadsheet/range).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellInput } from '../../local/services/spreadsheet/cell.ts';
import { cleanUpBundles, runtimeFor } from './bundle-fixture.ts';

afterEach(cleanUpBundles);

const BUNDLE = {
  'Code.js': `
    function sheet_(name) { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name || 'Factures'); }
    function readAll() { return sheet_().getDataRange().getValues(); }
    function readDisplay() { return sheet_().getDataRange().getDisplayValues(); }
    function dueDateParts() {
      const due = sheet_().getRange(2, 4).getValue();
      return {
        iso: due.toISOString(),
        inSheetZone: Utilities.formatDate(due, SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm'),
        inScriptZone: Utilities.formatDate(due, Session.getScriptTimeZone(), 'yyyy-MM-dd HH:mm'),
        localDay: due.getDate(),
      };
    }
    function write(a1, value) { sheet_().getRange(a1).setValue(value); }
    function writeAll(a1, values) { sheet_().getRange(a1).setValues(values); }
    function writeAs(a1, format, value) { sheet_().getRange(a1).setNumberFormat(format).setValue(value); }
    function cell(a1) {
      const r = sheet_().getRange(a1);
      return { value: r.getValue(), display: r.getDisplayValue(), formula: r.getFormula(), format: r.getNumberFormat() };
    }
    function writeMidnight(a1, y, m, d) { sheet_().getRange(a1).setValue(new Date(y, m - 1, d)); }
    function appendInvoice(row) { sheet_().appendRow(row); return sheet_().getLastRow(); }
    function rangeAt(r, c, nr, nc) { return sheet_().getRange(r, c, nr, nc).getA1Notation(); }
    function mergeTitle() {
      const r = sheet_().getRange('A1:B1');
      r.merge();
      return sheet_().getRange('A1:B1').getValues();
    }
    function sheetInfo() {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const s = sheet_();
      return [ss.getSheetByName('Archives'), s.getLastRow(), s.getLastColumn(), s.getMaxRows(), s.getMaxColumns(), ss.getUrl()];
    }
    function addSheet(name) { return SpreadsheetApp.getActiveSpreadsheet().insertSheet(name).getName(); }
    function openMissing() { return SpreadsheetApp.openById('1NoSuchSpreadsheetIdAtAllxxxxxxxxxxxxxxxxx'); }
    function formulas() { return sheet_().getRange('E1:E3').getFormulas(); }
    function protections(name) {
      const type = SpreadsheetApp.ProtectionType.SHEET;
      return sheet_(name).getProtections(type).map((p) => [String(p.getProtectionType()), p.getDescription(), p.isWarningOnly()]);
    }
    function warnOn(name) {
      const first = sheet_(name).protect().setDescription('Journal').setWarningOnly(true);
      const again = sheet_(name).protect();
      sheet_(name).getRange('A1').setValue('écrit par le script');
      return [again.getDescription(), again.isWarningOnly(), sheet_(name).getRange('A1').getValue()];
    }
    function unprotect(name) { sheet_(name).getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].remove(); }
  `,
};

const INVOICES: CellInput[][] = [
  ['Numéro', 'Client', 'Montant', 'Échéance', 'Total'],
  [
    'F-2026-014',
    'Boulangerie Martin',
    1250.5,
    { date: '2026-03-12' },
    { formula: '=C2*1.2', value: 1500.6 },
  ],
  ['F-2026-015', 'Atelier Lumen', 840, { date: '2026-03-31' }, { formula: '=C3*1.2', value: 1008 }],
];

function invoicesRuntime(
  options: { locale?: string; timeZone?: string; scriptTimeZone?: string } = {},
) {
  const runtime = runtimeFor(BUNDLE, { timeZone: options.scriptTimeZone ?? 'America/New_York' });
  const id = runtime.spreadsheets.create({
    name: 'Factures 2026',
    timeZone: options.timeZone ?? 'Europe/Paris',
    locale: options.locale ?? 'fr_FR',
    sheets: { Factures: INVOICES, Journal: [] },
  });
  runtime.defaults.activeSpreadsheetId = id;
  return { runtime, id };
}

describe('reading cells', () => {
  it("returns a date cell as a Date at midnight in the SPREADSHEET's zone, not the script's", () => {
    // range#getValues: Date objects for date cells; the sheet's zone decides which instant.
    const { runtime } = invoicesRuntime({
      timeZone: 'Europe/Paris',
      scriptTimeZone: 'America/New_York',
    });
    expect(runtime.run('dueDateParts')).toEqual({
      iso: '2026-03-11T23:00:00.000Z',
      inSheetZone: '2026-03-12 00:00',
      inScriptZone: '2026-03-11 19:00',
      // In the script's zone the local calendar day is the day before: the classic bug.
      localDay: 11,
    });
  });

  it('reads numbers, text, blanks as empty strings, and formula cells as their stored value', () => {
    const { runtime } = invoicesRuntime();
    const values = runtime.run('readAll') as unknown[][];
    expect(values[1]?.slice(0, 3)).toEqual(['F-2026-014', 'Boulangerie Martin', 1250.5]);
    expect(values[1]?.[4]).toBe(1500.6);
    expect(runtime.run('formulas')).toEqual([[''], ['=C2*1.2'], ['=C3*1.2']]);
  });

  it('shows values as the spreadsheet locale formats them', () => {
    const { runtime } = invoicesRuntime({ locale: 'fr_FR' });
    expect((runtime.run('readDisplay') as string[][])[1]).toEqual([
      'F-2026-014',
      'Boulangerie Martin',
      '1250,5',
      '2026-03-12',
      '1500,6',
    ]);
  });

  it('applies number formats to displayed values, in the locale', () => {
    // range#setNumberFormat; formats as in https://developers.google.com/sheets/api/guides/formats
    const { runtime } = invoicesRuntime({ locale: 'fr_FR' });
    runtime.run('writeAs', 'C2', '#,##0.00 [$€]', 1250.5);
    runtime.run('writeAs', 'G2', '0.0%', 0.125);
    expect(runtime.run('cell', 'C2')).toMatchObject({ value: 1250.5, display: '1\u202f250,50 €' });
    expect(runtime.run('cell', 'G2')).toMatchObject({ value: 0.125, display: '12,5%' });
    const us = invoicesRuntime({ locale: 'en_US' });
    us.runtime.run('writeAs', 'C2', '#,##0.00', 1250.5);
    expect(us.runtime.run('cell', 'C2')).toMatchObject({ display: '1,250.50' });
  });

  it('answers sheet lookups and sizes as documented', () => {
    const { runtime, id } = invoicesRuntime();
    expect(runtime.run('sheetInfo')).toEqual([
      null,
      3,
      5,
      1000,
      26,
      `https://docs.google.com/spreadsheets/d/${id}/edit`,
    ]);
  });
});

describe('writing strings: Sheets reads them as typed input', () => {
  // ValueInputOption USER_ENTERED: strings become numbers, dates, formulas as if typed in the UI.
  it.each([
    ['0012', 12, '12'],
    ['1 234,56', 1234.56, '1234,56'],
    ['TRUE', true, 'TRUE'],
    ['F-2026-014', 'F-2026-014', 'F-2026-014'],
    ['06 12 34 56 78', '06 12 34 56 78', '06 12 34 56 78'],
  ])('writes %j in a fr_FR sheet as %j', (typed, stored, shown) => {
    const { runtime, id } = invoicesRuntime({ locale: 'fr_FR' });
    runtime.run('write', 'G2', typed);
    expect(runtime.spreadsheets.sheetValues(id, 'Factures')[1]?.[6]).toEqual(stored);
    expect((runtime.run('cell', 'G2') as { display: string }).display).toBe(shown);
  });

  it('turns an ISO date into a date cell in any locale', () => {
    const { runtime, id } = invoicesRuntime({ locale: 'en_US' });
    runtime.run('write', 'D4', '2026-03-02');
    expect(runtime.spreadsheets.sheetValues(id, 'Factures')[3]?.[3]).toEqual({
      date: '2026-03-02',
    });
  });

  it('reads 12/03/2026 as 12 March in fr_FR and as 3 December in en_US', () => {
    const fr = invoicesRuntime({ locale: 'fr_FR' });
    fr.runtime.run('write', 'D4', '12/03/2026');
    expect(fr.runtime.spreadsheets.sheetValues(fr.id, 'Factures')[3]?.[3]).toEqual({
      date: '2026-03-12',
    });
    const us = invoicesRuntime({ locale: 'en_US' });
    us.runtime.run('write', 'D4', '12/03/2026');
    expect(us.runtime.spreadsheets.sheetValues(us.id, 'Factures')[3]?.[3]).toEqual({
      date: '2026-12-03',
    });
    us.runtime.run('write', 'D5', '31/03/2026');
    expect(us.runtime.spreadsheets.sheetValues(us.id, 'Factures')[4]?.[3]).toBe('31/03/2026');
  });

  it('stores a string starting with = as a formula', () => {
    const { runtime } = invoicesRuntime();
    runtime.run('write', 'F2', '=D2-TODAY()');
    expect(runtime.run('cell', 'F2')).toMatchObject({ formula: '=D2-TODAY()', value: '' });
  });

  it('keeps text after a leading apostrophe, without showing the apostrophe', () => {
    const { runtime, id } = invoicesRuntime();
    runtime.run('write', 'G2', "'0012");
    expect(runtime.spreadsheets.sheetValues(id, 'Factures')[1]?.[6]).toBe('0012');
    expect(runtime.run('cell', 'G2')).toMatchObject({ value: '0012', display: '0012' });
  });

  it('keeps every string as typed in a cell formatted as plain text (@)', () => {
    const { runtime } = invoicesRuntime();
    runtime.run('writeAs', 'G2', '@', '0012');
    runtime.run('writeAs', 'G3', '@', '2026-03-02');
    expect(runtime.run('cell', 'G2')).toMatchObject({ value: '0012', format: '@' });
    expect(runtime.run('cell', 'G3')).toMatchObject({ value: '2026-03-02', format: '@' });
  });

  it("stores a written Date at its wall-clock time in the spreadsheet's zone", () => {
    // Script in New York writes midnight New York; the Paris sheet shows 05:00 that day (New York
    // is already on summer time on 12 March 2026, Paris not yet).
    const { runtime, id } = invoicesRuntime({
      timeZone: 'Europe/Paris',
      scriptTimeZone: 'America/New_York',
    });
    runtime.run('writeMidnight', 'D4', 2026, 3, 12);
    expect(runtime.spreadsheets.sheetValues(id, 'Factures')[3]?.[3]).toEqual({
      dateTime: '2026-03-12 05:00:00',
    });
  });

  it('parses appendRow values the same way', () => {
    const { runtime, id } = invoicesRuntime();
    const last = runtime.run('appendInvoice', [
      'F-2026-016',
      'Studio Nord',
      '980,00',
      '15/04/2026',
    ]);
    expect(last).toBe(4);
    expect(runtime.spreadsheets.sheetValues(id, 'Factures')[3]?.slice(0, 4)).toEqual([
      'F-2026-016',
      'Studio Nord',
      980,
      { date: '2026-04-15' },
    ]);
  });
});

describe('write errors carry Apps Script messages', () => {
  it('refuses setValues data whose rows do not match the range', () => {
    // range#setValues: the data must match the range's dimensions.
    const { runtime } = invoicesRuntime();
    expect(() => runtime.run('writeAll', 'A5:B6', [['F-2026-017', 'Café Lune']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('refuses setValues data whose columns do not match the range', () => {
    const { runtime } = invoicesRuntime();
    expect(() => runtime.run('writeAll', 'A5:B5', [['F-2026-017', 'Café Lune', 420]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('refuses a one-dimensional array for setValues', () => {
    const { runtime } = invoicesRuntime();
    expect(() => runtime.run('writeAll', 'A5:B5', ['F-2026-017', 'Café Lune'])).toThrow(
      "The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('refuses more than 50,000 characters in one cell and writes nothing', () => {
    // Google Sheets limits a cell to 50,000 characters.
    const { runtime, id } = invoicesRuntime();
    const note = 'Relance '.repeat(6251);
    expect(() => runtime.run('writeAll', 'F2:G2', [['ok', note]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(runtime.spreadsheets.sheetValues(id, 'Factures')[1]?.length).toBe(5);
    runtime.run('write', 'G2', note.slice(0, 50_000));
  });

  it('checks range coordinates', () => {
    const { runtime } = invoicesRuntime();
    expect(runtime.run('rangeAt', 2, 1, 2, 5)).toBe('A2:E3');
    expect(() => runtime.run('rangeAt', 0, 1, 1, 1)).toThrow(
      'The starting row of the range is too small.',
    );
    expect(() => runtime.run('rangeAt', 1, 1, 0, 1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => runtime.run('rangeAt', 1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('refuses a second sheet with the same name', () => {
    const { runtime } = invoicesRuntime();
    expect(runtime.run('addSheet', 'Modèles')).toBe('Modèles');
    expect(() => runtime.run('addSheet', 'Journal')).toThrow(
      'A sheet with the name "Journal" already exists. Please enter another name.',
    );
  });

  it('fails to open an unknown spreadsheet id', () => {
    const { runtime } = invoicesRuntime();
    expect(() => runtime.run('openMissing')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });
});

describe('merged cells', () => {
  it('keep only the top-left value', () => {
    const { runtime } = invoicesRuntime();
    expect(runtime.run('mergeTitle')).toEqual([['Numéro', '']]);
  });
});

describe('protecting a sheet', () => {
  it('has none until protect(), which returns the existing protection when there is one', () => {
    const { runtime } = invoicesRuntime();
    expect(runtime.run('protections', 'Journal')).toEqual([]);
    // Sheet#protect: the existing protection's settings, not a second protection.
    expect(runtime.run('warnOn', 'Journal')).toEqual(['Journal', true, 'écrit par le script']);
    expect(runtime.run('protections', 'Journal')).toEqual([['SHEET', 'Journal', true]]);
    expect(runtime.run('protections', 'Factures')).toEqual([]);
  });

  it('has none any more once removed', () => {
    const { runtime } = invoicesRuntime();
    runtime.run('warnOn', 'Journal');
    runtime.run('unprotect', 'Journal');
    expect(runtime.run('protections', 'Journal')).toEqual([]);
  });
});
