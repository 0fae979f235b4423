/**
 * Time, counters and faults around an execution: the 6-minute limit
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations), call
 * counters for round-trip budgets (https://developers.google.com/apps-script/guides/support/best-practices#use_batch_operations),
 * and a user editing the sheet while a run is in progress.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellInput } from '../../local/services/spreadsheet/cell.ts';
import { cleanUpBundles, runtimeFor } from './bundle-fixture.ts';

afterEach(cleanUpBundles);

const BUNDLE = {
  'Code.js': `
    function sheet_() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Factures'); }
    function pollForever() {
      while (true) Utilities.sleep(60 * 1000);
    }
    function swallowTheCut() {
      try { pollForever(); } catch (e) { /* a careless script keeps going */ }
      return sheet_().getLastRow();
    }
    function readTwice() {
      const s = sheet_();
      const a = s.getDataRange().getValues();
      const b = s.getDataRange().getValues();
      return a.length + b.length;
    }
    function countRows() { return sheet_().getDataRange().getValues().length; }
    function markSentByPosition(invoiceNumber) {
      const s = sheet_();
      const rows = s.getDataRange().getValues();
      const index = rows.findIndex((r) => r[0] === invoiceNumber);
      s.getRange(index + 1, 3).setValue('relancée');
    }
    function markSentByNumber(invoiceNumber) {
      const s = sheet_();
      const rows = s.getDataRange().getValues();
      const before = rows.findIndex((r) => r[0] === invoiceNumber);
      SpreadsheetApp.flush();
      const now = s.getRange(1, 1, s.getLastRow(), 1).getValues();
      const index = now.findIndex((r) => r[0] === invoiceNumber);
      s.getRange(index + 1, 3).setValue('relancée');
      return [before + 1, index + 1];
    }
  `,
};

const INVOICES: CellInput[][] = [
  ['Numéro', 'Montant', 'Statut'],
  ['F-2026-014', 1250.5, ''],
  ['F-2026-015', 840, ''],
  ['F-2026-016', 2100, ''],
];

function withInvoices(rows: CellInput[][] = INVOICES) {
  const runtime = runtimeFor(BUNDLE);
  const id = runtime.spreadsheets.create({ name: 'Factures 2026', sheets: { Factures: rows } });
  runtime.defaults.activeSpreadsheetId = id;
  return { runtime, id };
}

describe('the 6-minute execution limit', () => {
  it('cuts an execution once the clock passes 6 minutes, with Apps Script message', () => {
    const { runtime } = withInvoices();
    const start = runtime.clock.now();
    expect(() => runtime.run('pollForever')).toThrow('Exceeded maximum execution time');
    const elapsed = runtime.clock.now() - start;
    expect(elapsed).toBeGreaterThan(6 * 60 * 1000);
    expect(elapsed).toBeLessThanOrEqual(7 * 60 * 1000);
  });

  it('keeps the execution dead even if the script catches the error', () => {
    const { runtime } = withInvoices();
    expect(() => runtime.run('swallowTheCut')).toThrow('Exceeded maximum execution time');
    // The next execution starts with a fresh budget.
    expect(runtime.run('countRows')).toBe(4);
  });

  it('cuts at an injected call number (a crash in the middle of a run)', () => {
    const { runtime } = withInvoices();
    runtime.kernel.cutAtCall = 3;
    expect(() => runtime.run('readTwice')).toThrow('Execution cut (injected fault)');
    expect(runtime.kernel.count('Range.getValues')).toBe(0);
    expect(runtime.run('readTwice')).toBe(8);
  });
});

describe('call counters', () => {
  it('count one call per getValues, whatever the number of cells', () => {
    const { runtime } = withInvoices();
    runtime.run('readTwice');
    expect(runtime.kernel.count('Range.getValues')).toBe(2);
    expect(runtime.kernel.count('Sheet.getDataRange')).toBe(2);
    expect(runtime.kernel.countPrefix('SpreadsheetApp.')).toBe(1);
  });

  it('read 10,000 rows in one cheap call, charging realistic latency per cell', () => {
    const rows: CellInput[][] = [['Numéro', 'Client', 'Montant', 'Échéance']];
    for (let i = 1; i <= 10_000; i++) {
      rows.push([
        `F-2026-${String(i).padStart(5, '0')}`,
        `Client ${i % 97}`,
        i * 1.5,
        { date: '2026-03-12' },
      ]);
    }
    const { runtime } = withInvoices(rows);
    const wallStart = performance.now();
    const clockBefore = runtime.clock.now();
    expect(runtime.run('countRows')).toBe(10_001);
    expect(performance.now() - wallStart).toBeLessThan(2000);
    expect(runtime.kernel.count('Range.getValues')).toBe(1);
    const latency = runtime.kernel.latency;
    const cells = 10_001 * 4;
    const charged = runtime.clock.now() - clockBefore;
    const getValuesCost =
      (latency.get('Range.getValues') ?? 0) + (latency.get('Range.getValues/cell') ?? 0) * cells;
    expect(charged).toBeGreaterThan(getValuesCost);
    expect(charged).toBeLessThan(getValuesCost + 1000);
  });
});

describe('a user sorting the sheet during a run', () => {
  function sortByAmountBeforeTheWrite(
    runtime: ReturnType<typeof withInvoices>['runtime'],
    id: string,
  ) {
    return runtime.kernel.onCall((method) => {
      if (method === 'Range.setValue' || method === 'SpreadsheetApp.flush') {
        runtime.spreadsheets.sort(id, 'Factures', { column: 2, ascending: false });
      }
    });
  }

  it('makes a write by remembered row position land on another invoice', () => {
    const { runtime, id } = withInvoices();
    const stop = sortByAmountBeforeTheWrite(runtime, id);
    runtime.run('markSentByPosition', 'F-2026-014');
    stop();
    const rows = runtime.spreadsheets.sheetValues(id, 'Factures');
    // Sorted by amount: F-2026-016 (2100) is now on row 2, where the script wrote.
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ['Numéro', 'Statut'],
      ['F-2026-016', 'relancée'],
      ['F-2026-014', ''],
      ['F-2026-015', ''],
    ]);
  });

  it('leaves a write matched by invoice number on the right row', () => {
    const { runtime, id } = withInvoices();
    const stop = sortByAmountBeforeTheWrite(runtime, id);
    expect(runtime.run('markSentByNumber', 'F-2026-014')).toEqual([2, 3]);
    stop();
    const rows = runtime.spreadsheets.sheetValues(id, 'Factures');
    expect(rows.find((r) => r[0] === 'F-2026-014')?.[2]).toBe('relancée');
    expect(rows.filter((r) => r[2] === 'relancée')).toHaveLength(1);
  });

  it('lets a hook insert rows above the data between two calls', () => {
    const { runtime, id } = withInvoices();
    const stop = runtime.kernel.onCall((method, call) => {
      if (method === 'SpreadsheetApp.flush' && call > 1) {
        runtime.spreadsheets.insertRows(id, 'Factures', 2, [['F-2026-013', 300, '']]);
      }
    });
    expect(runtime.run('markSentByNumber', 'F-2026-015')).toEqual([3, 4]);
    stop();
    expect(runtime.spreadsheets.sheetValues(id, 'Factures')[3]).toEqual([
      'F-2026-015',
      840,
      'relancée',
    ]);
  });
});
