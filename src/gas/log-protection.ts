/**
 * A warning before anyone edits the log by hand.
 *
 * A warning-only protection lets every editor edit after confirming a warning in the Sheets
 * interface; scripts are never asked
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)).
 * `Sheet.protect()` returns the sheet's protection when it already has one
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()), so a tab the
 * user protected themselves is left as it is: turning their protection into a warning would
 * loosen it.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Whether the warning was put on `sheet` (false: the user's own protection was there). */
export function warnBeforeHandEdits(sheet: Sheet, description: string): boolean {
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) return false;
  sheet.protect().setDescription(description).setWarningOnly(true);
  return true;
}
