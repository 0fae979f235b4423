/**
 * "Export to a tab": the outcome figures written to the `Relance · stats` tab (created the first
 * time, rewritten each time), in one write, for the user's own charts.
 */
import type { StatisticsExportResult, StatisticsView } from '../../api/statistics.ts';
import { STATISTICS_TAB, statisticsSheetRows } from '../../core/outcomes/statistics-sheet.ts';
import type { Workbook } from '../workbook/workbook.ts';

export function exportStatisticsTab(
  workbook: Workbook,
  view: StatisticsView,
): StatisticsExportResult {
  const rows = statisticsSheetRows(view.outcomes, workbook.settings.language);
  const sheet =
    workbook.spreadsheet.getSheetByName(STATISTICS_TAB) ??
    workbook.spreadsheet.insertSheet(STATISTICS_TAB);
  // Sheet.clearContents empties the cells and keeps their formatting, so the user's formats and
  // charts built on the tab survive a new export
  // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#clearContents()).
  sheet.clearContents();
  const width = rows[0]?.length ?? 0;
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
  return { tab: STATISTICS_TAB, rows: rows.length - 1 };
}
