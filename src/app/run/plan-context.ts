/**
 * Everything the planner needs, read from the workbook in one read per tab (of the invoices tab,
 * its mapped columns only): for the sidebar's preview and the user's actions (the daily run reads
 * its tabs step by step, run-tabs.ts).
 */
import type { CalendarDate } from '../../core/calendar-date.ts';
import { clientCalendar } from '../../core/client-calendar.ts';
import { mappedColumns } from '../../core/columns/column-mapping.ts';
import { detectColumns } from '../../core/columns/detect-columns.ts';
import { noRunLogged, PREVIEW_RUN_ID } from '../../core/log-entry.ts';
import type { PlanInput } from '../../core/planner.ts';
import { historyFromStatusColumns } from '../../core/status/rebuilt-history.ts';
import { statusColumnsOf } from '../../core/status/status-columns.ts';
import { type ParsedTemplates, parseTemplateRows } from '../../core/templates/index.ts';
import { readLogStateTab } from '../../gas/log-state-tab.ts';
import { type LogTabContent, readLogTab } from '../../gas/log-tab.ts';
import { readColumns, readValues } from '../../gas/tab-reader.ts';
import { calendarDateConverter, type DateConverter } from '../../gas/zoned-date.ts';
import { invoicesSheet, logSheet, templatesSheet, type Workbook } from '../workbook/workbook.ts';
import { type InvoiceSource, readInvoiceSource } from './invoice-source.ts';

export interface PlanContext {
  readonly today: CalendarDate;
  readonly toDay: DateConverter;
  /** The spreadsheet's locale, when the invoices tab was read (null otherwise). */
  readonly locale: string | null;
  /** Null when the invoices tab is missing or was not asked for. */
  readonly source: InvoiceSource | null;
  /** Null when the templates tab is missing or was not asked for. */
  readonly templates: ParsedTemplates | null;
  /** Null when the log tab is missing or was not asked for. */
  readonly log: LogTabContent | null;
  /** Ready for planDay / forecast (empty invoices when the tab cannot be read). */
  readonly planInput: PlanInput;
}

/** Which tabs to read (each true unless said otherwise): a caller reads only what it shows. */
export interface PlanContextOptions {
  /** Skip the templates tab when the caller does not render anything. */
  readonly withTemplates?: boolean;
  readonly withInvoices?: boolean;
  readonly withLog?: boolean;
  /**
   * Read only the last rows of the invoices tab (a bounded sample, e.g. the template editor's
   * preview invoices); every row when absent.
   */
  readonly lastInvoiceRows?: number;
}

export function loadPlanContext(workbook: Workbook, options: PlanContextOptions = {}): PlanContext {
  const toDay = calendarDateConverter(workbook.timeZone);
  const today = toDay(new Date());
  const logTab = options.withLog === false ? null : logSheet(workbook);
  const log = logTab ? readLogTab(logTab, readLogStateTab(workbook.sheets).state) : null;
  // A log no run wrote into (cleared by hand) is rebuilt by the next run from the status columns
  // first: the preview does the same, or it would show every sequence starting over. It does not
  // search Sent mail as the run then does (one Gmail search per click), so until that run Today
  // may still show a quote follow-up or instalment note already sent, or a reminder sent by a run
  // cut before its status columns: the run sends neither.
  const entries = log?.records.map((r) => r.entry) ?? [];
  const rebuilds = log !== null && noRunLogged(entries);
  const invoicesTab = options.withInvoices === false ? null : invoicesSheet(workbook);
  const locale = invoicesTab ? workbook.spreadsheet.getSpreadsheetLocale() : null;
  const source =
    invoicesTab && locale !== null
      ? readInvoiceSource(
          {
            // Only the mapped columns: the tab's other columns (the status columns among them,
            // unless the log is to be rebuilt) are no input of the plan, and at 20,000 rows each
            // one costs a fifth of a second.
            values: readColumns(invoicesTab, {
              columns: (header) => [
                ...mappedColumns(detectColumns(header, workbook.settings.columnOverrides)),
                ...(rebuilds ? Object.values(statusColumnsOf(header)) : []),
              ],
              ...(options.lastInvoiceRows === undefined
                ? {}
                : { lastRows: options.lastInvoiceRows }),
            }),
            toDay,
            locale,
          },
          workbook.settings,
        )
      : null;
  const templatesTab = options.withTemplates === false ? null : templatesSheet(workbook);
  const templates = templatesTab ? parseTemplateRows(readValues(templatesTab)) : null;
  if (rebuilds && source)
    entries.push(
      ...historyFromStatusColumns(
        source.values,
        source.invoices,
        today,
        new Date().toISOString(),
        PREVIEW_RUN_ID,
      ),
    );
  return {
    today,
    toDay,
    locale,
    source,
    templates,
    log,
    planInput: {
      today,
      invoices: source?.invoices ?? [],
      rowErrors: source?.rowErrors ?? [],
      log: entries,
      settings: workbook.settings,
      calendar: clientCalendar(workbook.settings),
    },
  };
}
