/**
 * One batched read per tab: Sheet.getDataRange().getValues() returns every used cell in one call
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange(),
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()): numbers,
 * booleans, strings ('' for blanks) and Date objects for date cells
 * (https://developers.google.com/apps-script/guides/sheets#reading).
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function readValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** The first row of a tab (one cell when the tab is empty). */
export function readHeader(sheet: Sheet): unknown[] {
  const width = Math.max(1, sheet.getLastColumn());
  return sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
}

/** Which cells of a tab `readColumns` reads below its header row. */
export interface ColumnSelection {
  /** The 0-based columns wanted, decided from the header row (e.g. the mapped ones). */
  readonly columns: (header: readonly unknown[]) => readonly number[];
  /** Only the last rows of the tab (a bounded sample); every row when absent. */
  readonly lastRows?: number;
}

/**
 * A read costs about as much as this many cells (a round trip against a per-cell cost: 80 ms and
 * 0.01 ms in the offline runtime's model of Range.getValues), so two wanted spans closer than
 * that are read as one.
 */
const CELLS_PER_READ = 8_000;

/** Contiguous spans [first, last] of the wanted columns, merged over cheap gaps. */
function spansOf(columns: readonly number[], rows: number): [number, number][] {
  const sorted = [...new Set(columns)].filter((c) => c >= 0).sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const column of sorted) {
    const last = spans[spans.length - 1];
    if (last && (column - last[1] - 1) * rows <= CELLS_PER_READ) last[1] = column;
    else spans.push([column, column]);
  }
  return spans;
}

/**
 * The header row whole, and below it only the wanted columns, one read per span of adjacent
 * columns (a tab's other columns, the add-on's status columns among them, cost nothing); a tab
 * of fewer cells than a read costs is read whole, in one call. Rows
 * keep the shape of getValues() on the whole tab, header first, so row i is sheet row i + 1:
 * unread cells are '', and with `lastRows` the rows above the sample are holes.
 */
export function readColumns(sheet: Sheet, selection: ColumnSelection): unknown[][] {
  const used = sheet.getDataRange();
  const height = used.getNumRows();
  const width = used.getNumColumns();
  // A small tab is read whole in one call: cheaper than its header and its columns apart.
  if (selection.lastRows === undefined && height * width <= CELLS_PER_READ) return used.getValues();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const rows: unknown[][] = [header];
  const dataRows = height - 1;
  const count = Math.min(dataRows, selection.lastRows ?? dataRows);
  if (count <= 0) return rows;
  const first = height - count + 1;
  const spans = spansOf(selection.columns(header), count).filter(([c]) => c < width);
  if (spans.length === 0) return rows;
  rows.length = first - 1;
  for (let i = 0; i < count; i++) rows.push(new Array<unknown>(width).fill(''));
  for (const [from, to] of spans) {
    const last = Math.min(to, width - 1);
    const values = sheet.getRange(first, from + 1, count, last - from + 1).getValues();
    values.forEach((cells, i) => {
      const row = rows[first - 1 + i] as unknown[];
      for (let c = 0; c < cells.length; c++) row[from + c] = cells[c];
    });
  }
  return rows;
}
