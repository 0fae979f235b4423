/**
 * Everything the planner needs, read from the workbook in one read per tab: for the sidebar's
 * preview and the user's actions (the daily run reads the same way, step by step).
 */
import type { CalendarDate } from '../../core/calendar-date.ts';
import { clientCalendar } from '../../core/client-calendar.ts';
import type { PlanInput } from '../../core/planner.ts';
import { type ParsedTemplates, parseTemplateRows } from '../../core/templates/index.ts';
import { readLogStateTab } from '../../gas/log-state-tab.ts';
import { type LogTabContent, readLogTab } from '../../gas/log-tab.ts';
import { readValues } from '../../gas/tab-reader.ts';
import { calendarDateConverter, type DateConverter } from '../../gas/zoned-date.ts';
import { invoicesSheet, logSheet, templatesSheet, type Workbook } from '../workbook/workbook.ts';
import { type InvoiceSource, readInvoiceSource } from './invoice-source.ts';

export interface PlanContext {
  readonly today: CalendarDate;
  readonly toDay: DateConverter;
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
}

export function loadPlanContext(workbook: Workbook, options: PlanContextOptions = {}): PlanContext {
  const toDay = calendarDateConverter(workbook.timeZone);
  const today = toDay(new Date());
  const invoicesTab = options.withInvoices === false ? null : invoicesSheet(workbook);
  const source = invoicesTab
    ? readInvoiceSource(
        {
          values: readValues(invoicesTab),
          toDay,
          locale: workbook.spreadsheet.getSpreadsheetLocale(),
        },
        workbook.settings,
      )
    : null;
  const templatesTab = options.withTemplates === false ? null : templatesSheet(workbook);
  const templates = templatesTab ? parseTemplateRows(readValues(templatesTab)) : null;
  const logTab = options.withLog === false ? null : logSheet(workbook);
  const log = logTab ? readLogTab(logTab, readLogStateTab(workbook.sheets).state) : null;
  return {
    today,
    toDay,
    source,
    templates,
    log,
    planInput: {
      today,
      invoices: source?.invoices ?? [],
      rowErrors: source?.rowErrors ?? [],
      log: log?.records.map((r) => r.entry) ?? [],
      settings: workbook.settings,
      calendar: clientCalendar(workbook.settings),
    },
  };
}
