/**
 * The compact log state on the compiled bundle: a run reads the hidden state tab and only the log
 * rows after its checkpoint, and reads the whole log whenever the state may not stand for it
 * (tab missing, checkpoint row moved, log cleared, a covered row edited by hand). Whatever the
 * state, no message goes twice and the plan is the one the whole log gives.
 */
import { describe, expect, it } from 'vitest';
import { LOG_COLUMNS } from '../../src/core/log/log-rows.ts';
import { LOG_STATE_MIN_ROWS } from '../../src/core/log/log-state.ts';
import { book, d, type Scenario, scenario } from './support/world.ts';

const DUPONT = ['Atelier Dupont', 'compta@atelier-dupont.fr'] as const;
const LUMIERE = ['Studio Lumière', 'factures@studio-lumiere.fr'] as const;
const NORTHWIND = ['Northwind Ltd', 'ap@northwind.example.com'] as const;
const LOG = 'Relance · journal';
const STATE = 'Relance · état';

const ROWS = book([
  ['F-2026-101', ...DUPONT, 1200, d('2026-02-20')],
  ['F-2026-102', ...DUPONT, 640, d('2026-02-27')],
  ['F-2026-103', ...LUMIERE, 450, d('2026-03-04')],
  ['F-2026-104', ...NORTHWIND, 2300, d('2026-03-09')],
]);

/**
 * Two years of reminders of invoices long paid, as the log holds them before the book's first run
 * here: a state is kept from LOG_STATE_MIN_ROWS rows on.
 */
function withOldLog(s: Scenario): Scenario {
  const rows = Array.from({ length: LOG_STATE_MIN_ROWS }, (_, i) => {
    const date = new Date(Date.UTC(2024, 0, 2 + Math.floor(i / 4))).toISOString().slice(0, 10);
    const number = `F-2024-${String(i + 1).padStart(4, '0')}`;
    const cells: Record<string, string> = {
      at: `${date}T07:30:00.000Z`,
      date,
      outcome: 'sent',
      stage: 'r1',
      invoiceNumbers: number,
      clientKey: `ancien client ${i % 40}`,
      messageKey: `rl-old-${i}`,
      runId: `run-${date}`,
    };
    return LOG_COLUMNS.map((c) => cells[c.field] ?? '');
  });
  s.runtime.spreadsheets.insertRows(s.spreadsheetId, LOG, 2, rows);
  return s;
}

function day(offset: number): string {
  return new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);
}

/** Runs the daily trigger on `count` days from 2 March, each run after `before` (if any). */
function runDays(s: Scenario, from: number, count: number, before?: () => void): void {
  for (let i = from; i < from + count; i++) {
    s.at(day(i));
    before?.();
    s.trigger();
  }
}

function tab(s: Scenario, name: string) {
  return s.runtime.spreadsheets.get(s.spreadsheetId).sheets.find((t) => t.name === name);
}

function dropStateTab(s: Scenario): void {
  const spreadsheet = s.runtime.spreadsheets.get(s.spreadsheetId);
  spreadsheet.sheets = spreadsheet.sheets.filter((t) => t.name !== STATE);
}

/**
 * Reads of the log tab's values by the next run: 2 from the state (header, rows after the
 * checkpoint), 1 for the whole log without a state, 3 when the state was tried and refused. Not
 * counted: the read of the target rows before each write (LogWriter), one per write.
 */
function logReadsOfNextRun(s: Scenario, date: string): number {
  s.at(date);
  s.runtime.kernel.resetCounters();
  s.trigger();
  const { tabReads, tabWrites } = s.runtime.kernel;
  return (tabReads.get(LOG) ?? 0) - (tabWrites.get(LOG) ?? 0);
}

/** Every e-mail as `day|to|subject`: what the client sees. */
function mails(s: Scenario): string[] {
  return s.sent().map((m) => `${m.date.toISOString().slice(0, 10)}|${m.to.join()}|${m.subject}`);
}

function expectNoMessageTwice(s: Scenario): void {
  const seen = s.sent().map((m) => `${m.to.join()}|${m.subject}`);
  expect(new Set(seen).size).toBe(seen.length);
}

/** A user's edit of `tab` as Sheets reports it: the value changed, then the simple trigger. */
function editByHand(s: Scenario, name: string, row: number, column: number, value: string) {
  s.runtime.spreadsheets.setCells(s.spreadsheetId, name, row, column, [[value]]);
  s.runtime.spreadsheets.get(s.spreadsheetId).activeSheetName = name;
  s.inDoc('onEdit');
}

describe('the compact log state', () => {
  it('lets each run read only the log rows after its checkpoint, and send what the whole log would', () => {
    const rowsOf = (s: Scenario) =>
      s
        .logRows()
        .slice(LOG_STATE_MIN_ROWS)
        .map((r) => `${r.date}|${r.outcome}|${r.stage}|${r.invoices}|${r.detail}`)
        // The time a run took and Gmail's message ids follow the clock, which the state's own
        // reads and write move.
        .map((r) => r.replace(/ms=\d+|message=\w+/g, ''));
    // One scenario at a time: a new one takes over the runtime's mailbox.
    const kept = withOldLog(scenario({ rows: ROWS }));
    runDays(kept, 0, 21);
    const keptMails = mails(kept);
    const keptRows = rowsOf(kept);
    expect(tab(kept, STATE)?.hidden).toBe(true);
    expect(logReadsOfNextRun(kept, day(21))).toBe(2);
    const without = withOldLog(scenario({ rows: ROWS }));
    runDays(without, 0, 21, () => dropStateTab(without));
    expect(keptMails.length).toBeGreaterThan(4);
    expect(keptMails).toEqual(mails(without));
    expect(keptRows).toEqual(rowsOf(without));
  });

  it('is rebuilt from the whole log when its tab is missing, with nothing sent twice', () => {
    const s = withOldLog(scenario({ rows: ROWS }));
    runDays(s, 0, 10);
    dropStateTab(s);
    expect(logReadsOfNextRun(s, day(10))).toBe(1);
    expect(tab(s, STATE)).toBeDefined();
    expect(logReadsOfNextRun(s, day(11))).toBe(2);
    runDays(s, 12, 10);
    expectNoMessageTwice(s);
  });

  it('is not trusted once a row was inserted among those it covers (its checkpoint row moved)', () => {
    const s = withOldLog(scenario({ rows: ROWS }));
    runDays(s, 0, 10);
    s.runtime.spreadsheets.insertRows(s.spreadsheetId, LOG, 3, [['note de Camille']]);
    // Header, rows after the checkpoint, then the whole log.
    expect(logReadsOfNextRun(s, day(10))).toBe(3);
    expect(logReadsOfNextRun(s, day(11))).toBe(2);
    runDays(s, 12, 10);
    expectNoMessageTwice(s);
  });

  it('is not trusted once rows it covers were deleted', () => {
    const s = withOldLog(scenario({ rows: ROWS }));
    runDays(s, 0, 10);
    const runRow =
      LOG_STATE_MIN_ROWS +
      1 +
      s
        .logRows()
        .slice(LOG_STATE_MIN_ROWS)
        .findIndex((r) => r.outcome === 'run') +
      1;
    s.runtime.spreadsheets.deleteRows(s.spreadsheetId, LOG, runRow, 1);
    // Header, rows from the checkpoint's row on (it now holds the next row, or nothing), whole log.
    expect(logReadsOfNextRun(s, day(10))).toBe(3);
    expect(logReadsOfNextRun(s, day(11))).toBe(2);
    runDays(s, 12, 10);
    expectNoMessageTwice(s);
  });

  it('is forgotten by a run during which the log was sorted: the next run reads the whole log', () => {
    const s = withOldLog(scenario({ rows: ROWS }));
    runDays(s, 0, 10);
    // The run reads the state and the rows after it and writes its first pending rows, then the
    // user sorts the log newest first.
    const undo = s.runtime.kernel.onCall((method) => {
      if (method !== 'SpreadsheetApp.flush') return;
      undo();
      s.runtime.spreadsheets.sort(s.spreadsheetId, LOG, { column: 1, ascending: false });
    });
    expect(logReadsOfNextRun(s, day(10))).toBe(2);
    expect(logReadsOfNextRun(s, day(11))).toBe(1);
    expect(logReadsOfNextRun(s, day(12))).toBe(2);
    runDays(s, 13, 10);
    expectNoMessageTwice(s);
  });

  it('is not trusted once the log was cleared: what was done is rebuilt, not sent again', () => {
    const s = withOldLog(scenario({ rows: ROWS }));
    runDays(s, 0, 10);
    const before = s.sent().length;
    expect(before).toBeGreaterThan(0);
    s.runtime.spreadsheets.deleteRows(s.spreadsheetId, LOG, 2, s.logRows().length);
    expect(logReadsOfNextRun(s, day(10))).toBe(1);
    expect(s.logRows().some((r) => r.detail.includes('rebuilt=status_columns'))).toBe(true);
    runDays(s, 11, 14);
    expectNoMessageTwice(s);
    expect(s.sent().length).toBeGreaterThan(before);
  });

  it('is forgotten when a user edits a row it covers: the log stays the evidence', () => {
    // The user renames invoice F-2026-101 to F-2026-101-A in the invoices tab and corrects the
    // log rows of its first reminder by hand: the reminder it already had must not go again.
    const s = withOldLog(scenario({ rows: ROWS }));
    runDays(s, 0, 3);
    const reminded = s.sent().filter((m) => m.subject.includes('F-2026-101'));
    expect(reminded).toHaveLength(1);
    s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 2, 1, [['F-2026-101-A']]);
    s.logRows().forEach((r, i) => {
      if (r.invoices.includes('F-2026-101'))
        editByHand(s, LOG, i + 2, 5, r.invoices.replace('F-2026-101', 'F-2026-101-A'));
    });
    expect(tab(s, STATE)?.rows[0]?.values[0] ?? '').toBe('');
    expect(logReadsOfNextRun(s, day(3))).toBe(1);
    runDays(s, 4, 12);
    const firstReminders = s
      .logRows()
      .filter((r) => r.outcome === 'sent' && r.stage === 'r1' && r.invoices.includes('F-2026-101'));
    expect(firstReminders).toHaveLength(1);
    expectNoMessageTwice(s);
  });

  it('is not started for a short log, which is read whole in one call', () => {
    const s = scenario({ rows: ROWS });
    runDays(s, 0, 3);
    expect(tab(s, STATE)).toBeUndefined();
    expect(logReadsOfNextRun(s, day(3))).toBe(1);
  });

  it('stays when the user edits another tab', () => {
    const s = withOldLog(scenario({ rows: ROWS }));
    runDays(s, 0, 3);
    editByHand(s, 'Factures', 3, 4, '650');
    expect(logReadsOfNextRun(s, day(3))).toBe(2);
  });

  it('is not trusted when its cells were damaged', () => {
    const s = withOldLog(scenario({ rows: ROWS }));
    runDays(s, 0, 5);
    s.runtime.spreadsheets.setCells(s.spreadsheetId, STATE, 2, 1, [['[[2,"x"']]);
    expect(logReadsOfNextRun(s, day(5))).toBe(1);
    expect(logReadsOfNextRun(s, day(6))).toBe(2);
  });

  it('never lets a message go twice when runs are cut anywhere, and still plans as the whole log', () => {
    const s = withOldLog(scenario({ rows: ROWS }));
    let cut = 0;
    for (let i = 0; i < 24; i++) {
      s.at(day(i));
      // Every other run is cut at a different call: before, between and after the state's reads,
      // the batch writes, the sends and the state's write.
      if (i % 2 === 0) s.runtime.kernel.cutAtCall = 6 + ((i * 37) % 90);
      try {
        s.trigger();
      } catch {
        // The execution was cut, as Apps Script's time limit would.
        cut += 1;
      } finally {
        s.runtime.kernel.cutAtCall = null;
      }
    }
    runDays(s, 24, 3);
    expect(cut).toBeGreaterThanOrEqual(10);
    expectNoMessageTwice(s);
    expect(s.sent().length).toBeGreaterThan(4);
    s.at(day(27), '09:00:00');
    const withState = JSON.stringify(s.sidebar('getToday'));
    dropStateTab(s);
    expect(JSON.stringify(s.sidebar('getToday'))).toBe(withState);
  });

  it('serves the sidebar’s Today the same plan as the whole log', () => {
    const s = withOldLog(scenario({ rows: ROWS }));
    runDays(s, 0, 12);
    s.at(day(12), '09:00:00');
    const withState = JSON.stringify(s.sidebar('getToday'));
    dropStateTab(s);
    expect(JSON.stringify(s.sidebar('getToday'))).toBe(withState);
  });
});
