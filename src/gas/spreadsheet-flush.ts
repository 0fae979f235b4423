/**
 * Applies the pending spreadsheet changes now. Apps Script batches writes and may apply them
 * later (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()):
 * a `pending` log row must be saved before the send it announces, or a run cut in between would
 * forget it was about to send.
 */
export function flushSpreadsheet(): void {
  SpreadsheetApp.flush();
}
