/**
 * The log tab: read once per run, appended to in batches.
 *
 * A reminder is recorded before it is sent: the rows of a batch of messages are written as
 * `pending` and SpreadsheetApp.flush() applies every pending change to the sheet
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()), so a
 * run cut after a send still leaves the record that a reconciliation resolves later. The
 * outcomes (sent, failed, ...) are written together with the next batch's pending rows, in the
 * same setValues call, so each batch costs one write and one flush.
 *
 * Rows are written with the plain-text number format ("@") so that nothing a client or a user
 * typed becomes a formula, a number or a date
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String),
 * https://developers.google.com/sheets/api/guides/formats).
 * The run holds the document lock while it writes, so no other script appends in between; a
 * person editing the tab meanwhile is another matter (LogWriter).
 */

import type { LogLayout, LogRecord } from '../core/log/log-rows.ts';
import {
  logEntryFromRow,
  logLayout,
  logRecordsFromValues,
  logRowCells,
} from '../core/log/log-rows.ts';
import { checkpointHolds, type LogState } from '../core/log/log-state.ts';
import type { LogEntry } from '../core/log-entry.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PLAIN_TEXT_FORMAT = '@';

export interface LogTabContent {
  readonly layout: LogLayout;
  /** Number of columns a log row spans. */
  readonly width: number;
  readonly records: readonly LogRecord[];
  /** First free row (1-based). */
  readonly nextRow: number;
  readonly headerRow: readonly unknown[];
  /**
   * Rows the sheet has (getMaxRows): writing below it needs rows inserted first. Null when the
   * read did not need it: a reader that writes nothing then saves the call, and the writer asks.
   */
  readonly maxRows: number | null;
  /**
   * `state` when the compact log state stood and only the rows after its checkpoint were read
   * (the records are then its compacted ones followed by those rows); `whole` otherwise.
   */
  readonly read: 'state' | 'whole';
}

function widthOf(headerRow: readonly unknown[], layout: LogLayout): number {
  const indexes = Object.values(layout).filter((i): i is number => i !== null);
  return Math.max(headerRow.length, indexes.length ? Math.max(...indexes) + 1 : 0, 1);
}

/**
 * The log's records: from `state` and the rows after its checkpoint when the checkpoint holds,
 * else from the whole tab in one call.
 */
export function readLogTab(sheet: Sheet, state: LogState | null = null): LogTabContent {
  return (state && readAfterCheckpoint(sheet, state)) ?? readWholeLog(sheet);
}

function readWholeLog(sheet: Sheet): LogTabContent {
  const values = sheet.getDataRange().getValues();
  const headerRow = values[0] ?? [];
  const layout = logLayout(headerRow);
  // getDataRange() of an empty sheet is A1 with '' (a header-only tab gives one row).
  const used = values.length === 1 && headerRow.every((c) => c === '') ? 0 : values.length;
  return {
    layout,
    width: widthOf(headerRow, layout),
    records: logRecordsFromValues(values, layout),
    nextRow: used + 1,
    headerRow,
    maxRows: null,
    read: 'whole',
  };
}

/**
 * The header row and every row from the checkpoint's last covered row down to the sheet's last
 * row, in whole rows (A1 notation `1:1` and `N:M`,
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(String)): the
 * same three calls as a whole read, whatever the log's length. Null when the log no longer starts
 * as the state says: the caller reads it whole.
 */
function readAfterCheckpoint(sheet: Sheet, state: LogState): LogTabContent | null {
  const { checkpoint } = state;
  const sheetId = sheet.getSheetId();
  const maxRows = sheet.getMaxRows();
  if (sheetId !== checkpoint.sheetId || maxRows < checkpoint.lastRow) return null;
  const headerRow = withoutTrailingBlanks(sheet.getRange('1:1').getValues()[0] ?? []);
  const rows = sheet.getRange(`${checkpoint.lastRow}:${maxRows}`).getValues();
  let used = rows.length;
  while (used > 0 && (rows[used - 1] ?? []).every((cell) => cell === '')) used -= 1;
  const lastRow = checkpoint.lastRow + used - 1;
  const observed = { sheetId, lastRow, headerRow, coveredRow: rows[0] ?? [] };
  if (!checkpointHolds(checkpoint, observed)) return null;
  const layout = logLayout(headerRow);
  return {
    layout,
    width: widthOf(headerRow, layout),
    records: [
      ...state.records,
      ...logRecordsFromValues(rows.slice(0, used), layout, checkpoint.lastRow),
    ],
    nextRow: lastRow + 1,
    headerRow,
    maxRows,
    read: 'state',
  };
}

function withoutTrailingBlanks(cells: readonly unknown[]): unknown[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return cells.slice(0, end);
}

/**
 * Rows added at a time when the log is full: getRange() outside the sheet's rows throws
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)),
 * and inserting in blocks keeps that to one call every so many messages.
 */
const GROW_ROWS = 200;

/** A row the writer appended, whose outcome may still change. */
export interface WrittenRow {
  readonly row: number;
  readonly entry: LogEntry;
}

/** An outcome decided for a row, and what the row held when it was read or written. */
interface Outcome {
  readonly held: LogEntry;
  readonly entry: LogEntry;
}

/**
 * What tells one log row from another: the rows of one message share its key and time, and list
 * each its own invoices.
 */
function identity(entry: LogEntry | null): string {
  return JSON.stringify(entry && [entry.at, entry.outcome, entry.messageKey, entry.invoiceNumbers]);
}

/**
 * Writes the log by row, and never over a row it did not write: the user may sort the tab, delete
 * or insert rows while a run sends. Before each write the rows it targets are read (one call):
 * the rows to settle must still hold what was there, the rows to append must be blank. When they
 * do not, everything of that write goes after the tab's last row as it is then: a pending row
 * moved elsewhere stays, and the later row with its message key settles it for every reader
 * (core/history.ts).
 */
export class LogWriter {
  readonly #sheet: Sheet;
  readonly #layout: LogLayout;
  readonly #width: number;
  #nextRow: number;
  #knownMaxRows: number | null;
  /** Outcomes decided but not written yet, by row. */
  readonly #deferred = new Map<number, Outcome>();
  /** Every row written, with its last content: the log as the run leaves it, for the state. */
  readonly #written = new Map<number, { entry: LogEntry; cells: string[] }>();
  /** Reads made to check the rows before writing, for the run summary. */
  reads = 0;
  /** Whether the tab's rows moved since they were read: row numbers read earlier no longer hold. */
  moved = false;

  constructor(
    sheet: Sheet,
    content: Pick<LogTabContent, 'layout' | 'width' | 'nextRow' | 'maxRows'>,
  ) {
    this.#sheet = sheet;
    this.#layout = content.layout;
    this.#width = content.width;
    this.#nextRow = content.nextRow;
    this.#knownMaxRows = content.maxRows;
  }

  get #maxRows(): number {
    this.#knownMaxRows ??= this.#sheet.getMaxRows();
    return this.#knownMaxRows;
  }

  set #maxRows(rows: number) {
    this.#knownMaxRows = rows;
  }

  get nextRow(): number {
    return this.#nextRow;
  }

  /**
   * Appends `entries` (with any deferred outcome that sits right above them) in one call.
   * Returns the rows written for `entries`.
   */
  append(entries: readonly LogEntry[]): WrittenRow[] {
    if (entries.length === 0) return [];
    const settled: Outcome[] = [];
    let start = this.#nextRow;
    while (this.#deferred.has(start - 1)) {
      start -= 1;
      settled.unshift(this.#deferred.get(start) as Outcome);
      this.#deferred.delete(start);
    }
    const first = this.#write(start, settled, entries) + settled.length;
    return entries.map((entry, i) => ({ row: first + i, entry }));
  }

  /** The rows written so far, in row order, and the cells of the last one. */
  written(): { records: WrittenRow[]; lastCells: readonly string[] | null } {
    const rows = [...this.#written.keys()].sort((a, b) => a - b);
    const last = this.#written.get(this.#nextRow - 1);
    return {
      records: rows.map((row) => ({
        row,
        entry: (this.#written.get(row) as { entry: LogEntry }).entry,
      })),
      lastCells: last?.cells ?? null,
    };
  }

  /**
   * Records the outcome of a row (`row.entry` being what it holds); written with the next append
   * or by flushOutcomes().
   */
  settle(row: WrittenRow, entry: LogEntry): void {
    this.#deferred.set(row.row, { held: row.entry, entry });
  }

  /** Writes every outcome still waiting. */
  flushOutcomes(): void {
    const rows = [...this.#deferred.keys()].sort((a, b) => a - b);
    let i = 0;
    while (i < rows.length) {
      const start = rows[i] as number;
      const block: Outcome[] = [];
      while (i < rows.length && rows[i] === start + block.length) {
        block.push(this.#deferred.get(rows[i] as number) as Outcome);
        i += 1;
      }
      this.#write(start, block, []);
    }
    this.#deferred.clear();
  }

  /**
   * Writes `settled` from `start` and `fresh` after them when rows `start`… still hold `settled`
   * and then blanks (one read), else all of it after the tab's last row. Returns the first row
   * written.
   */
  #write(start: number, settled: readonly Outcome[], fresh: readonly LogEntry[]): number {
    const sheet = this.#sheet;
    const entries = [...settled.map((s) => s.entry), ...fresh];
    // Rows beyond the sheet's are blank; asking for them throws, and means rows were deleted
    // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)).
    const end = Math.min(start + entries.length - 1, this.#maxRows);
    let holds = end < start;
    try {
      holds ||= sheet
        .getRange(start, 1, end - start + 1, this.#width)
        .getValues()
        .every((cells, i) => {
          const outcome = settled[i];
          return outcome
            ? identity(logEntryFromRow(cells, this.#layout)) === identity(outcome.held)
            : cells.every((c) => c === '');
        });
      this.reads += 1;
    } catch {
      // Rows were deleted: the rows the writer knows run past the sheet's.
    }
    let first = start;
    if (!holds) {
      this.moved = true;
      first = sheet.getLastRow() + 1;
      this.#maxRows = sheet.getMaxRows();
    }
    this.#writeBlock(first, entries);
    if (!holds || fresh.length > 0) this.#nextRow = first + entries.length;
    return first;
  }

  #writeBlock(startRow: number, entries: readonly LogEntry[]): void {
    const cells = entries.map((entry) => logRowCells(entry, this.#layout, this.#width));
    const lastRow = startRow + cells.length - 1;
    if (lastRow > this.#maxRows) {
      const added = lastRow - this.#maxRows + GROW_ROWS;
      this.#sheet.insertRowsAfter(this.#maxRows, added);
      this.#maxRows += added;
    }
    this.#sheet
      .getRange(startRow, 1, cells.length, this.#width)
      .setNumberFormat(PLAIN_TEXT_FORMAT)
      .setValues(cells);
    entries.forEach((entry, i) => {
      this.#written.set(startRow + i, { entry, cells: cells[i] as string[] });
    });
  }
}
