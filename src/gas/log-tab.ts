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
 * The run holds the document lock while it writes, so nobody else appends in between.
 */

import type { LogLayout, LogRecord } from '../core/log/log-rows.ts';
import { logLayout, logRecordsFromValues, logRowCells } from '../core/log/log-rows.ts';
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
  /** Rows the sheet has (getMaxRows): writing below it needs rows inserted first. */
  readonly maxRows: number;
}

/** Reads the whole log tab in one call. */
export function readLogTab(sheet: Sheet): LogTabContent {
  const values = sheet.getDataRange().getValues();
  const headerRow = values[0] ?? [];
  const layout = logLayout(headerRow);
  const indexes = Object.values(layout).filter((i): i is number => i !== null);
  const width = Math.max(headerRow.length, indexes.length ? Math.max(...indexes) + 1 : 0, 1);
  // getDataRange() of an empty sheet is A1 with '' (a header-only tab gives one row).
  const used = values.length === 1 && headerRow.every((c) => c === '') ? 0 : values.length;
  return {
    layout,
    width,
    records: logRecordsFromValues(values, layout),
    nextRow: used + 1,
    headerRow,
    maxRows: sheet.getMaxRows(),
  };
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

export class LogWriter {
  readonly #sheet: Sheet;
  readonly #layout: LogLayout;
  readonly #width: number;
  #nextRow: number;
  #maxRows: number;
  /** Outcomes decided but not written yet, by row. */
  readonly #deferred = new Map<number, LogEntry>();
  /** Number of write calls made (setValues), for the run summary. */
  writes = 0;

  constructor(
    sheet: Sheet,
    content: Pick<LogTabContent, 'layout' | 'width' | 'nextRow' | 'maxRows'>,
  ) {
    this.#sheet = sheet;
    this.#layout = content.layout;
    this.#width = content.width;
    this.#nextRow = content.nextRow;
    this.#maxRows = content.maxRows;
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
    const first = this.#nextRow;
    const written = entries.map((entry, i) => ({ row: first + i, entry }));
    const block = this.#takeAdjacentDeferred(first);
    this.#writeBlock(block.start, [...block.entries, ...entries]);
    this.#nextRow = first + entries.length;
    return written;
  }

  /** Records the outcome of a row; written with the next append or by flushOutcomes(). */
  settle(row: WrittenRow, entry: LogEntry): void {
    this.#deferred.set(row.row, entry);
  }

  /** Rewrites a row in place now (used for pending rows left by an earlier run). */
  rewrite(row: number, entry: LogEntry): void {
    this.#writeBlock(row, [entry]);
  }

  /** Writes every outcome still waiting. */
  flushOutcomes(): void {
    const rows = [...this.#deferred.keys()].sort((a, b) => a - b);
    let i = 0;
    while (i < rows.length) {
      const start = rows[i] as number;
      const entries: LogEntry[] = [];
      while (i < rows.length && rows[i] === start + entries.length) {
        entries.push(this.#deferred.get(rows[i] as number) as LogEntry);
        i += 1;
      }
      this.#writeBlock(start, entries);
    }
    this.#deferred.clear();
  }

  /** Deferred outcomes forming a contiguous block that ends right above `row`. */
  #takeAdjacentDeferred(row: number): { start: number; entries: LogEntry[] } {
    const entries: LogEntry[] = [];
    let start = row;
    while (this.#deferred.has(start - 1)) {
      start -= 1;
      entries.unshift(this.#deferred.get(start) as LogEntry);
      this.#deferred.delete(start);
    }
    return { start, entries };
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
    this.writes += 1;
  }
}
