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
