/**
 * Writes the status columns of the invoices tab: a fresh read of the tab (one getValues), then one
 * setValues per run of adjacent status columns (normally one), in the plain-text format so a
 * value such as `0012` or `=SUM()` is kept as typed text
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)).
 * Columns are added when the sheet has none left: getRange() beyond the last column throws
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer)).
 */

import { columnLetter } from '../core/columns/column-letter.ts';
import type { Language } from '../core/invoice.ts';
import { type KeyOf, planStatusWrite, type StatusCells } from '../core/status/status-columns.ts';
import { text } from '../core/texts/server-texts.ts';
import { PLAIN_TEXT_FORMAT } from './log-tab.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface StatusWriteResult {
  readonly ok: boolean;
  /** Why nothing was written (key column gone, header clash), in the user's language. */
  readonly problem: string | null;
  readonly matched: number;
  readonly missing: readonly string[];
}

export function writeStatusColumns(
  sheet: Sheet,
  headerRow: number,
  keyHeader: string,
  statuses: ReadonlyMap<string, StatusCells>,
  language: Language,
  keyOf?: KeyOf,
): StatusWriteResult {
  const values = sheet.getDataRange().getValues();
  const plan = planStatusWrite(values, headerRow, keyHeader, statuses, language, keyOf);
  if ('refused' in plan) {
    const problem =
      plan.refused === 'no_key_column'
        ? text(language, 'statusKeyColumnGone', { header: keyHeader })
        : text(language, 'statusHeaderClash', {
            columns: plan.clashes
              .map((c) =>
                text(language, 'namedColumn', {
                  header: c.header,
                  letter: columnLetter(c.column),
                }),
              )
              .join(', '),
          });
    return { ok: false, problem, matched: 0, missing: [...statuses.keys()] };
  }
  const lastColumn = Math.max(...Object.values(plan.columns)) + 1;
  const maxColumns = sheet.getMaxColumns();
  if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  for (const block of plan.blocks) {
    const height = block.values.length;
    const width = block.values[0]?.length ?? 0;
    if (height === 0 || width === 0) continue;
    sheet
      .getRange(plan.firstRow + 1, block.column + 1, height, width)
      .setNumberFormat(PLAIN_TEXT_FORMAT)
      .setValues(block.values);
  }
  return { ok: true, problem: null, matched: plan.matched, missing: plan.missing };
}
