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
