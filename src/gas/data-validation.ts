/**
 * Data-validation rules for the tabs set-up creates
 * (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder).
 */
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** A drop-down of `values` that rejects anything else. */
export function listValidation(values: readonly string[]): DataValidation {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...values], true)
    .setAllowInvalid(false)
    .build();
}

/** A checkbox cell. */
export function checkboxValidation(): DataValidation {
  return SpreadsheetApp.newDataValidation().requireCheckbox().build();
}
