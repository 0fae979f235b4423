/**
 * The run's three tabs, found and read once each (invoices, templates, log; of the invoices tab,
 * the mapped and status columns only). A tab that is missing or unreadable stops the run before
 * anything is sent, with the reason shown to the user.
 */

import { mappedColumns } from '../../core/columns/column-mapping.ts';
import { detectColumns } from '../../core/columns/detect-columns.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import { logHeader, missingLogFields } from '../../core/log/log-rows.ts';
import type { RunStopCode } from '../../core/run/run-report.ts';
import type { RunBase } from '../../core/run/run-tally.ts';
import { statusColumnsOf } from '../../core/status/status-columns.ts';
import { parseTemplateRows, type TemplateRow } from '../../core/templates/index.ts';
import { localized, text } from '../../core/texts/server-texts.ts';
import { type LogStateTab, readLogStateTab } from '../../gas/log-state-tab.ts';
import { type LogTabContent, readLogTab } from '../../gas/log-tab.ts';
import { readColumns, readValues } from '../../gas/tab-reader.ts';
import type { DateConverter } from '../../gas/zoned-date.ts';
import { invoicesSheet, logSheet, templatesSheet, type Workbook } from '../workbook/workbook.ts';
import { type InvoiceSource, readInvoiceSource } from './invoice-source.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Why the run cannot go on, with the detail appended to the stop's message. */
export interface Refusal {
  readonly refused: RunStopCode;
  readonly extra?: string | LocalizedText;
}

export interface RunTabs {
  readonly invoices: Sheet;
  readonly templates: Sheet;
  readonly log: Sheet;
}

export interface RunReadings {
  readonly source: InvoiceSource;
  readonly templates: readonly TemplateRow[];
  readonly log: LogTabContent;
  /** The compact log state the log was read with (or not), rewritten at the end of the run. */
  readonly logState: LogStateTab;
  /** Reads the invoices tab again (one read, counted), to see changes made during the run. */
  readonly readSource: () => InvoiceSource;
  /** The spreadsheet's locale (e.g. `fr_FR`), read once for every tab the run reads. */
  readonly locale: string;
}

export function isRefusal<T extends object>(value: T | Refusal): value is Refusal {
  return 'refused' in value;
}

export function findRunTabs(workbook: Workbook): RunTabs | Refusal {
  if (workbook.stored.state === 'damaged') return { refused: 'settings_damaged' };
  if (!workbook.configured || workbook.setup.setUpAt === null) return { refused: 'not_set_up' };
  const invoices = invoicesSheet(workbook);
  if (!invoices)
    return {
      refused:
        workbook.settings.invoicesSheet === null ? 'invoices_tab_not_chosen' : 'no_invoices_tab',
    };
  const templates = templatesSheet(workbook);
  if (!templates) return { refused: 'no_templates_tab' };
  const log = logSheet(workbook);
  if (!log) return { refused: 'no_log_tab' };
  return { invoices, templates, log };
}

/**
 * One read per tab, counted in `base.calls`. The row errors go into `base` as soon as the
 * invoices are read, so a run stopped by the other tabs still reports them.
 */
export function readRunTabs(
  workbook: Workbook,
  tabs: RunTabs,
  toDay: DateConverter,
  base: RunBase,
): RunReadings | Refusal {
  const { settings } = workbook;
  const calls = base.calls;
  const locale = workbook.spreadsheet.getSpreadsheetLocale();
  const readSource = (): InvoiceSource => {
    calls.sheetReads += 1;
    // The mapped columns and the status columns (a log cleared is rebuilt from them, and the
    // status write compares with them); the user's other columns are not read.
    const values = readColumns(tabs.invoices, {
      columns: (header) => [
        ...mappedColumns(detectColumns(header, settings.columnOverrides)),
        ...Object.values(statusColumnsOf(header)),
      ],
    });
    return readInvoiceSource({ values, toDay, locale }, settings);
  };
  const source = readSource();
  base.rowErrors = source.rowErrors;
  if (source.problem)
    return { refused: 'mapping_incomplete', extra: source.problem[settings.language] };
  const parsedTemplates = parseTemplateRows(readValues(tabs.templates));
  calls.sheetReads += 1;
  const logState = readLogStateTab(workbook.sheets);
  if (logState.sheet) calls.sheetReads += 1;
  const log = readLogTab(tabs.log, logState.state);
  calls.sheetReads += log.read === 'state' ? 2 : 1;
  const missingLog = missingLogFields(log.layout);
  if (log.nextRow > 1 && missingLog.length > 0)
    return {
      refused: 'log_unreadable',
      extra: localized('logColumnsMissing', (language) => ({
        columns: missingLog
          .map((f) => text(language, 'quoted', { text: logHeader(f, language) }))
          .join(', '),
      })),
    };
  return { source, templates: parsedTemplates.templates, log, logState, readSource, locale };
}
