/**
 * Writes the status columns of the invoices tab, matched by invoice number on a fresh read:
 * - of the key column only, when the rows are where the run read them (the run's reading, which
 *   holds the status columns, then says what the cells hold);
 * - of the key and status columns, when rows moved, came or went during the run;
 * - of the whole tab, when a status column is not there yet (new ones go after the last used).
 * Then only the rows whose cells change are written, one setValues per span of them (normally one
 * or a few), in the plain-text format so a value such as `0012` or `=SUM()` is kept as typed text
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)).
 * Columns are added when the sheet has none left: getRange() beyond the last column throws
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer)).
 */

import { columnLetter } from '../core/columns/column-letter.ts';
import type { Language } from '../core/invoice.ts';
import {
  defaultKeyOf,
  type KeyOf,
  keyColumnOf,
  planStatusWrite,
  STATUS_FIELDS,
  type StatusCells,
  statusColumnsOf,
} from '../core/status/status-columns.ts';
import { text } from '../core/texts/server-texts.ts';
import { PLAIN_TEXT_FORMAT } from './log-tab.ts';
import { readColumns } from './tab-reader.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface StatusWriteResult {
  readonly ok: boolean;
  /** Why nothing was written (key column gone, header clash), in the user's language. */
  readonly problem: string | null;
  readonly matched: number;
  readonly missing: readonly string[];
}

export interface StatusWrite {
  /** Header text of the key column (the invoice or quote number). */
  readonly keyHeader: string;
  readonly statuses: ReadonlyMap<string, StatusCells>;
  readonly language: Language;
  readonly keyOf?: KeyOf;
  /**
   * The tab as the run read it, header first, with at least the key and status columns: when its
   * keys are still where they were, its status cells are taken as the tab's, unread again.
   */
  readonly asRead?: readonly (readonly unknown[])[];
}

/** Writes the status columns of a tab whose header is its first row. */
export function writeStatusColumns(sheet: Sheet, write: StatusWrite): StatusWriteResult {
  const { keyHeader, statuses, language } = write;
  const keyOf = write.keyOf ?? defaultKeyOf;
  const values = freshStatusReading(sheet, write, keyOf);
  const plan = planStatusWrite(values, keyHeader, statuses, language, keyOf);
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
  // Only new status columns can lie beyond the sheet's last column.
  if (plan.newColumns.length > 0) {
    const lastColumn = Math.max(...Object.values(plan.columns)) + 1;
    const maxColumns = sheet.getMaxColumns();
    if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  }
  for (const block of plan.blocks) {
    const height = block.values.length;
    const width = block.values[0]?.length ?? 0;
    if (height === 0 || width === 0) continue;
    sheet
      .getRange(block.row + 1, block.column + 1, height, width)
      .setNumberFormat(PLAIN_TEXT_FORMAT)
      .setValues(block.values);
  }
  return { ok: true, problem: null, matched: plan.matched, missing: plan.missing };
}

/**
 * The tab's rows, header first, as planStatusWrite needs them: the key and status columns
 * current (other cells may be blank), or the whole tab when status columns are to be added.
 */
function freshStatusReading(
  sheet: Sheet,
  write: StatusWrite,
  keyOf: KeyOf,
): readonly (readonly unknown[])[] {
  // A small tab comes whole from this read; a large one as its header and key column.
  const keys = readColumns(sheet, {
    columns: (header) => {
      const column = keyColumnOf(header, write.keyHeader);
      return column < 0 ? [] : [column];
    },
  });
  const header = keys[0] ?? [];
  const keyColumn = keyColumnOf(header, write.keyHeader);
  const statusColumns = Object.values(statusColumnsOf(header));
  if (keyColumn < 0) return keys;
  if (statusColumns.length < STATUS_FIELDS.length) return sheet.getDataRange().getValues();
  const { asRead } = write;
  // The fresh header, so a clash made during the run is still seen. A status cell the user
  // changed during the run reads as it was: a row whose status did not change keeps the user's
  // edit until the next run, whose reading sees it.
  if (asRead && sameRows(asRead, keys, keyColumn, statusColumns, keyOf))
    return [header, ...asRead.slice(1)];
  return readColumns(sheet, { columns: () => [keyColumn, ...statusColumns] });
}

/** Whether `earlier` has the same header cells and the same key in every row as `now`. */
function sameRows(
  earlier: readonly (readonly unknown[])[],
  now: readonly (readonly unknown[])[],
  keyColumn: number,
  statusColumns: readonly number[],
  keyOf: KeyOf,
): boolean {
  if (earlier.length !== now.length) return false;
  const header = now[0] ?? [];
  const earlierHeader = earlier[0] ?? [];
  for (const column of [keyColumn, ...statusColumns])
    if (String(earlierHeader[column] ?? '') !== String(header[column] ?? '')) return false;
  for (let r = 1; r < now.length; r++)
    if (keyOf(earlier[r]?.[keyColumn]) !== keyOf(now[r]?.[keyColumn])) return false;
  return true;
}
