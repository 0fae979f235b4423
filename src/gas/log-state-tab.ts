/**
 * The hidden tab that keeps the compact log state (core/log/log-state.ts): one read of column A
 * per execution that reads the log, one write at the end of a run. Hidden with Sheet.hideSheet()
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet()); written as
 * plain text so that no piece of JSON is taken for a number or a formula
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)).
 * A state that cannot be read is no state: the log is read whole.
 */
import type { Language } from '../core/invoice.ts';
import { type LogState, logStateCells, logStateFromCells } from '../core/log/log-state.ts';
import { PLAIN_TEXT_FORMAT } from './log-tab.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const LOG_STATE_TAB_NAMES: Readonly<Record<Language, string>> = {
  fr: 'Relance · état',
  en: 'Relance · state',
};

export interface LogStateTab {
  readonly sheet: Sheet | null;
  readonly state: LogState | null;
  /** Rows of column A in use, so that a shorter state blanks the rest in the same write. */
  readonly rows: number;
  /** Rows the tab has: reading column A whole returns every one of them. */
  readonly maxRows: number;
}

export function findLogStateTab(sheets: readonly Sheet[]): Sheet | null {
  const names = Object.values(LOG_STATE_TAB_NAMES).map((n) => n.toLowerCase());
  return sheets.find((s) => names.includes(s.getName().trim().toLowerCase())) ?? null;
}

/** The state kept in the tab; none when the tab is missing, empty or damaged. */
export function readLogStateTab(sheets: readonly Sheet[]): LogStateTab {
  const sheet = findLogStateTab(sheets);
  if (!sheet) return { sheet: null, state: null, rows: 0, maxRows: 0 };
  // Column A whole (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(String)):
  // one call, without asking where the data ends.
  const cells = sheet
    .getRange('A:A')
    .getValues()
    .map((row) => row[0]);
  let rows = cells.length;
  while (rows > 0 && cells[rows - 1] === '') rows -= 1;
  return { sheet, state: logStateFromCells(cells), rows, maxRows: cells.length };
}

/** Replaces the state in one write, creating the hidden tab the first time. */
export function writeLogStateTab(
  spreadsheet: Spreadsheet,
  tab: LogStateTab,
  state: LogState,
  language: Language,
): void {
  const cells = logStateCells(state);
  const sheet = tab.sheet ?? spreadsheet.insertSheet(LOG_STATE_TAB_NAMES[language]);
  if (!tab.sheet) sheet.hideSheet();
  const rows = Math.max(cells.length, tab.rows);
  // The hidden tab is Relance's alone: it has the rows the run's read of column A found.
  const maxRows = tab.sheet ? tab.maxRows : sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const column = Array.from({ length: rows }, (_, i) => [cells[i] ?? '']);
  sheet.getRange(1, 1, rows, 1).setNumberFormat(PLAIN_TEXT_FORMAT).setValues(column);
}

/**
 * Blanks the checkpoint before the log's covered rows are rewritten (a pending row settled by a
 * later run): until the run writes the state again, readers read the whole log.
 */
export function invalidateLogStateTab(tab: LogStateTab): void {
  if (tab.sheet && tab.state) tab.sheet.getRange(1, 1).setValue('');
}
