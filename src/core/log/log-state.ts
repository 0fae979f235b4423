/**
 * The compact log state: the log's rows that readers need (`compactLog`), kept as JSON in a hidden
 * tab, with a checkpoint saying which log rows it covers. A reader takes the state and reads only
 * the log rows after the checkpoint, so years of log cost one small read instead of one cell read
 * per row and column. The log stays the evidence: the state is only ever built from it, and when
 * the checkpoint does not match the log as it reads now (rows deleted, inserted, sorted or
 * rewritten, the log cleared or replaced, the header changed, the state damaged or of another
 * version), the whole log is read again.
 *
 * Layout of the tab: column A only. A1 holds the checkpoint (JSON); A2 onwards the records as one
 * JSON text cut in pieces, a Sheets cell holding at most 50,000 characters
 * (https://support.google.com/docs/answer/37603).
 */
import { isRecord } from '../is-record.ts';
import type { LogEntry } from '../log-entry.ts';
import { compactLog } from './log-compaction.ts';
import {
  cellText,
  LOG_COLUMNS,
  type LogRecord,
  logLayout,
  logRowCells,
  logRowReader,
} from './log-rows.ts';

/** Bumped whenever the encoding or `compactLog`'s rules change: an older state is rebuilt. */
export const LOG_STATE_VERSION = 1;

/**
 * Below this many rows the log is read whole and no state is started: one read of 2,000 rows of
 * 14 cells costs about what the state's own reads and write add to a call.
 */
export const LOG_STATE_MIN_ROWS = 2_000;

/** Characters per cell of the state tab (under the 50,000 a cell holds). */
const PIECE = 40_000;

export interface LogCheckpoint {
  readonly version: number;
  /** The log tab the state was taken from (Sheet.getSheetId). */
  readonly sheetId: number;
  /** Last row (1-based) of the log the state covers; 1 for a log of its header alone. */
  readonly lastRow: number;
  /** The header row and the last covered row, as `rowText` gives them. */
  readonly header: string;
  readonly lastRowText: string;
}

export interface LogState {
  readonly checkpoint: LogCheckpoint;
  /** The compacted records of rows 2 … `checkpoint.lastRow`, in row order. */
  readonly records: readonly LogRecord[];
}

/** What the log tab reads now, to hold a checkpoint against. */
export interface LogObservation {
  readonly sheetId: number;
  /** Last row with content (Sheet.getLastRow). */
  readonly lastRow: number;
  readonly headerRow: readonly unknown[];
  /** The cells of the row the checkpoint names, as they read now. */
  readonly coveredRow: readonly unknown[];
}

/**
 * One row's cells as one comparable text: each cell as text, trimmed, trailing blanks dropped (a
 * wider read gives the same text). Dates as ISO instants, as the log reader sees them.
 */
export function rowText(cells: readonly unknown[]): string {
  const texts = cells.map(cellText);
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return JSON.stringify(texts);
}

/** Whether the state still stands for the log's first `checkpoint.lastRow` rows. */
export function checkpointHolds(checkpoint: LogCheckpoint, log: LogObservation): boolean {
  return (
    checkpoint.version === LOG_STATE_VERSION &&
    checkpoint.sheetId === log.sheetId &&
    log.lastRow >= checkpoint.lastRow &&
    rowText(log.headerRow) === checkpoint.header &&
    rowText(log.coveredRow) === checkpoint.lastRowText
  );
}

/** Records are kept as the cells the log tab holds, in the columns' own order, read back by the
 * log tab's own reader: a record that does not read as a log row is damage. */
const LAYOUT = logLayout(LOG_COLUMNS.map((column) => column.fr));

function pack({ row, entry }: LogRecord): (number | string)[] {
  const cells = logRowCells(entry, LAYOUT, LOG_COLUMNS.length);
  while (cells.at(-1) === '') cells.pop();
  return [row, ...cells];
}

function unpack(
  value: unknown,
  afterRow: number,
  read: (cells: readonly unknown[]) => LogEntry | null,
): LogRecord | null {
  if (!Array.isArray(value)) return null;
  const [row, ...cells] = value;
  if (!Number.isInteger(row) || row <= afterRow || cells.some((c) => typeof c !== 'string'))
    return null;
  const entry = read(cells);
  return entry && { row, entry };
}

/** The state as the cells of column A (one cell per row), checkpoint first. */
export function logStateCells(state: LogState): string[] {
  const text = JSON.stringify(state.records.map(pack));
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += PIECE) pieces.push(text.slice(i, i + PIECE));
  return [JSON.stringify({ ...state.checkpoint, pieces: pieces.length }), ...pieces];
}

type StoredCheckpoint = LogCheckpoint & { readonly pieces: number };

function checkpointOf(value: unknown): StoredCheckpoint | null {
  if (!isRecord(value)) return null;
  const c = value as Partial<Record<keyof StoredCheckpoint, unknown>>;
  const whole = [c.version, c.sheetId, c.lastRow, c.pieces].every(Number.isInteger);
  return whole && typeof c.header === 'string' && typeof c.lastRowText === 'string'
    ? (value as unknown as StoredCheckpoint)
    : null;
}

/** The log tab a state's first cell names, or null when it holds no readable checkpoint. */
export function checkpointSheetId(firstCell: unknown): number | null {
  return checkpointOf(parsed(String(firstCell ?? '')))?.sheetId ?? null;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The state the cells of column A hold, or null when they hold none or a damaged one (a cell
 * edited or missing, records out of order or beyond the checkpoint): the caller reads the log.
 */
export function logStateFromCells(cells: readonly unknown[]): LogState | null {
  const checkpoint = checkpointOf(parsed(String(cells[0] ?? '')));
  if (checkpoint === null || checkpoint.version !== LOG_STATE_VERSION) return null;
  if (cells.length < checkpoint.pieces + 1) return null;
  const text = cells
    .slice(1, checkpoint.pieces + 1)
    .map((cell) => String(cell ?? ''))
    .join('');
  const packed = parsed(text);
  if (!Array.isArray(packed)) return null;
  const records: LogRecord[] = [];
  const read = logRowReader(LAYOUT);
  let previous = 1;
  for (const value of packed) {
    const record = unpack(value, previous, read);
    if (record === null || record.row > checkpoint.lastRow) return null;
    records.push(record);
    previous = record.row;
  }
  const { version, sheetId, lastRow, header, lastRowText } = checkpoint;
  return { checkpoint: { version, sheetId, lastRow, header, lastRowText }, records };
}

/** Where the state is taken: the log tab, its last row and that row's cells. */
export interface LogPosition {
  readonly sheetId: number;
  readonly lastRow: number;
  readonly lastCells: readonly unknown[];
}

/** The state of a log whose rows are `records` (every row, in order) under `headerRow`. */
export function logStateOf(
  records: readonly LogRecord[],
  headerRow: readonly unknown[],
  at: LogPosition,
): LogState {
  return {
    checkpoint: {
      version: LOG_STATE_VERSION,
      sheetId: at.sheetId,
      lastRow: at.lastRow,
      header: rowText(headerRow),
      lastRowText: rowText(at.lastCells),
    },
    records: compactLog(records),
  };
}

/**
 * The log's records after a run wrote to it: `written` (appended rows, and rows rewritten in
 * place) replace the records of their rows; the result is in row order, as the tab reads.
 */
export function withRowsWritten(
  records: readonly LogRecord[],
  written: readonly LogRecord[],
): LogRecord[] {
  const byRow = new Map<number, LogRecord>();
  for (const record of records) byRow.set(record.row, record);
  for (const record of written) byRow.set(record.row, record);
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}
