/**
 * The tabs set-up creates, written and formatted in a few batched calls: frozen bold header,
 * column widths, plain-text columns where a value must never become a number, a date or a
 * formula, and drop-downs on the templates tab
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenRows(Integer),
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String),
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation)).
 * What goes in them (headers, rows, widths) comes from the core.
 */
import { SEGMENTS } from '../core/segment.ts';
import { MESSAGE_STAGES } from '../core/stage.ts';
import { checkboxValidation, listValidation } from './data-validation.ts';
import { PLAIN_TEXT_FORMAT } from './log-tab.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Cell = string | number | boolean;

function formatHeader(sheet: Sheet, width: number, widths: readonly number[]): void {
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground('#f1f3f4');
  widths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
}

/**
 * The templates tab: header then one template per row (stage, segment, language, variant,
 * subject, body, active), with drop-downs on the first four columns and a checkbox on the last.
 */
export function insertTemplatesTab(
  spreadsheet: Spreadsheet,
  name: string,
  rows: readonly (readonly Cell[])[],
): Sheet {
  const sheet = spreadsheet.insertSheet(name);
  const width = rows[0]?.length ?? 7;
  const body = rows.slice(1).map((row) => [...row]);
  sheet.getRange(1, 1, 1, width).setValues([[...(rows[0] ?? [])]]);
  if (body.length > 0) {
    // Text columns stay text (a subject starting with "=" must not become a formula).
    sheet.getRange(2, 1, body.length, width - 1).setNumberFormat(PLAIN_TEXT_FORMAT);
    sheet.getRange(2, 1, body.length, width).setValues(body);
    const height = Math.max(body.length, 100);
    sheet.getRange(2, 1, height, 1).setDataValidation(listValidation(MESSAGE_STAGES));
    sheet
      .getRange(2, 2, height, 1)
      .setDataValidation(listValidation(['all', ...SEGMENTS, 'key_account']));
    sheet.getRange(2, 3, height, 1).setDataValidation(listValidation(['fr', 'en']));
    sheet.getRange(2, 4, height, 1).setDataValidation(listValidation(['A', 'B', 'C']));
    sheet.getRange(2, 7, height, 1).setDataValidation(checkboxValidation());
    sheet.getRange(2, 5, body.length, 2).setWrap(true);
  }
  formatHeader(sheet, width, [80, 100, 70, 70, 280, 520, 60]);
  return sheet;
}

/** The log tab: its header, and every cell below it plain text. */
export function insertLogTab(
  spreadsheet: Spreadsheet,
  name: string,
  headers: readonly string[],
  widths: readonly number[],
): Sheet {
  const sheet = spreadsheet.insertSheet(name);
  sheet.getRange(1, 1, 1, headers.length).setValues([[...headers]]);
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, headers.length).setNumberFormat(PLAIN_TEXT_FORMAT);
  formatHeader(sheet, headers.length, widths);
  return sheet;
}

/**
 * An invoices tab filled with rows: the first column (invoice numbers) as text, the others typed
 * input, so that dates and amounts become real date and number cells.
 */
export function insertInvoicesTab(
  spreadsheet: Spreadsheet,
  name: string,
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  widths: readonly number[],
): Sheet {
  const sheet = spreadsheet.insertSheet(name);
  sheet.getRange(1, 1, 1, headers.length).setValues([[...headers]]);
  sheet.getRange(2, 1, rows.length, 1).setNumberFormat(PLAIN_TEXT_FORMAT);
  sheet.getRange(2, 1, rows.length, headers.length).setValues(rows.map((row) => [...row]));
  formatHeader(sheet, headers.length, widths);
  return sheet;
}
