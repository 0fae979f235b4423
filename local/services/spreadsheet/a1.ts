/**
 * A1 notation (https://developers.google.com/sheets/api/guides/concepts#cell): `B3`, `A1:C10`,
 * `A:A`, `2:4`, optionally prefixed with a sheet name (`'Log 2026'!A1:B2`).
 */

export interface A1Range {
  sheetName: string | null;
  row: number;
  column: number;
  /** null when open-ended (whole columns `A:C` run to the last row of the sheet). */
  numRows: number | null;
  numColumns: number | null;
}

export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function splitSheet(a1: string): { sheetName: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

/** Parses A1 notation; returns null when it is not valid. */
export function parseA1(a1: string): A1Range | null {
  const { sheetName, ref } = splitSheet(a1.trim());
  const [startRef, endRef, extra] = ref.split(':');
  if (startRef === undefined || extra !== undefined || startRef === '') return null;
  const start = CELL.exec(startRef);
  const end = endRef === undefined ? start : CELL.exec(endRef);
  if (!start || !end) return null;
  const [, c1, r1] = start;
  const [, c2, r2] = end;
  if (endRef === undefined) {
    if (c1 === undefined || r1 === undefined) return null;
    const row = Number(r1);
    return row < 1 ? null : { sheetName, row, column: columnNumber(c1), numRows: 1, numColumns: 1 };
  }
  // Whole columns (A:C), whole rows (2:4) or a box (A1:C3); mixed forms like A1:C are open below.
  const colStart = c1 === undefined ? 1 : columnNumber(c1);
  const colEnd = c2 === undefined ? null : columnNumber(c2);
  const rowStart = r1 === undefined ? 1 : Number(r1);
  const rowEnd = r2 === undefined ? null : Number(r2);
  if ((c1 === undefined) !== (c2 === undefined) && r1 === undefined) return null;
  const row = Math.min(rowStart, rowEnd ?? rowStart);
  const column = Math.min(colStart, colEnd ?? colStart);
  if (row < 1 || column < 1) return null;
  return {
    sheetName,
    row,
    column,
    numRows: rowEnd === null ? null : Math.abs(rowEnd - rowStart) + 1,
    numColumns: colEnd === null ? null : Math.abs(colEnd - colStart) + 1,
  };
}

export function formatA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetter(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetter(column + numColumns - 1)}${row + numRows - 1}`;
}
