/**
 * A short message in the lower right corner of the spreadsheet
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)).
 */
export function showToast(message: string): void {
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, 'Relance', 10);
  } catch {
    // No UI (e.g. called from a script editor run): the caller's result is kept anyway.
  }
}
