/**
 * Reads what one sidebar call needs from the active spreadsheet, through the daily run's own
 * reader (loadPlanContext: one batched read per tab), so the preview plans from exactly what the
 * run would see. Each call names the tabs it shows (SnapshotReads): a settings call reads none,
 * the statistics the invoices, the templates (A/B variants) and the log, the template editor the
 * templates and a sample of the invoices; a tab not read leaves its part of the snapshot empty.
 */

import type { AutomationStatus } from '../../api/automation.ts';
import { clientCalendar } from '../../core/client-calendar.ts';
import type { HeaderColumn } from '../../core/columns/column-mapping.ts';
import { effectiveUserEmail } from '../../gas/session-user.ts';
import { automationStatus } from '../automation/automation.ts';
import { readLastRun } from '../run/last-run.ts';
import { readNoteSources } from '../run/note-tabs.ts';
import { loadPlanContext, type PlanContext } from '../run/plan-context.ts';
import { detectInvoicesSheet } from '../setup/set-up.ts';
import type { Workbook } from '../workbook/workbook.ts';
import { activeWorkbook, invoicesSheet, logSheet, templatesSheet } from '../workbook/workbook.ts';
import type { SidebarSnapshot } from './sidebar-snapshot.ts';
import { uiLanguage } from './ui-language.ts';

/**
 * Until set-up stores the invoices tab, the guide shows the tab set-up would pick and the header
 * it would use for each field, so the user checks the mapping before anything is written.
 */
function withDetectedInvoicesTab(workbook: Workbook): Workbook {
  if (workbook.settings.invoicesSheet !== null) return workbook;
  const detected = detectInvoicesSheet(workbook);
  if (detected === null) return workbook;
  return { ...workbook, settings: { ...workbook.settings, invoicesSheet: detected } };
}

/** `read` called on first use only, and once. */
function once<T>(read: () => T): () => T {
  let value: { readonly v: T } | null = null;
  return () => {
    value ??= { v: read() };
    return value.v;
  };
}

/** The tabs a sidebar call reads. */
export interface SnapshotReads {
  readonly invoices: boolean;
  readonly templates: boolean;
  readonly log: boolean;
  /** Only the last rows of the invoices tab: a bounded sample; every row when absent. */
  readonly lastInvoiceRows?: number;
  /** The quotes and plans tabs; absent: with the invoices and the log (the calls that plan). */
  readonly notes?: boolean;
}

/**
 * Rows the template editor previews on: the last ones of the tab (the recent invoices, most of
 * the unpaid among them), so opening the editor costs the same on 100 or 20,000 invoices.
 */
export const PREVIEW_ROWS = 500;

export const READS = {
  /** Settings, automation: no tab. */
  none: { invoices: false, templates: false, log: false },
  /** Set-up guide: the invoices and quotes tabs' columns and rows. */
  invoices: { invoices: true, templates: false, log: false, notes: true },
  /** Template editor: the templates, and a sample of invoices to preview them on. */
  templates: { invoices: true, templates: true, log: false, lastInvoiceRows: PREVIEW_ROWS },
  /**
   * Preview and test e-mail: the editor's sample of invoices, with the log and the plans that
   * give an invoice's way ahead (the deadline its message names) and its client's tone.
   */
  sample: { invoices: true, templates: false, log: true, lastInvoiceRows: PREVIEW_ROWS },
  /** The same on the whole invoices tab, for an invoice outside the sample. */
  preview: { invoices: true, templates: false, log: true },
  /** Statistics: invoices and their history. */
  statistics: { invoices: true, templates: true, log: true },
  /** The start guide's test e-mail: the plan of the day (the stage), the templates. */
  setupTest: { invoices: true, templates: true, log: true },
  /** Today: the plan, and the subjects of its e-mails. */
  today: { invoices: true, templates: true, log: true },
} as const satisfies Record<string, SnapshotReads>;

/** What the call already knows, so the snapshot does not ask for it again. */
export interface KnownState {
  /** The tabs an action read under the run lock, its own log rows added. */
  readonly context?: PlanContext;
  /** The automation as the call just set it. */
  readonly automation?: AutomationStatus;
}

/** The snapshot of one call; what `known` gives is not read again. */
export function loadSnapshot(
  reads: SnapshotReads,
  workbook: Workbook = activeWorkbook(),
  known: KnownState = {},
): SidebarSnapshot {
  const reading = reads.invoices ? withDetectedInvoicesTab(workbook) : workbook;
  const context =
    known.context ??
    loadPlanContext(reading, {
      withInvoices: reads.invoices,
      withTemplates: reads.templates,
      withLog: reads.log,
      ...(reads.lastInvoiceRows === undefined ? {} : { lastInvoiceRows: reads.lastInvoiceRows }),
    });
  const mapping = context.source?.mapping ?? null;
  const columns: HeaderColumn[] = mapping
    ? [
        ...Object.values(mapping.columns),
        ...Object.values(mapping.ambiguous).flat(),
        ...mapping.unknown,
      ].filter((c): c is HeaderColumn => c !== undefined)
    : [];
  const automation = once(() => known.automation ?? automationStatus(workbook));
  const userEmail = once(effectiveUserEmail);
  const language = once(uiLanguage);
  const headers = [...new Map(columns.map((c) => [c.index, c.header])).entries()]
    .sort(([a], [b]) => a - b)
    .map(([, header]) => header);
  return {
    today: context.today,
    settings: workbook.settings,
    fetchedRates: workbook.fetchedRates,
    configured: workbook.configured,
    storage: {
      state: workbook.stored.state,
      savedAt: workbook.stored.saved?.savedAt ?? null,
      savedBy: workbook.stored.saved?.savedBy ?? null,
      lastGoodAt: workbook.stored.lastGood?.savedAt ?? null,
    },
    calendar: clientCalendar(workbook.settings),
    sheetNames: workbook.sheets.map((sheet) => sheet.getName()),
    invoicesSheet: invoicesSheet(reading)?.getName() ?? null,
    headers,
    mapping,
    invoices: context.planInput.invoices,
    rowErrors: context.planInput.rowErrors,
    log: context.planInput.log,
    templates: context.templates,
    templatesTabExists: templatesSheet(workbook) !== null,
    logTabExists: logSheet(workbook) !== null,
    testSentAt: workbook.setup.testSentAt,
    // Asked of their services only by the views that show them (the template editor does not).
    get automation() {
      return automation();
    },
    lastRun: readLastRun(workbook),
    get userEmail() {
      return userEmail();
    },
    get uiLanguage() {
      return language();
    },
    // Quotes and payment plans: only for the calls that plan (Today, Statistics).
    ...((reads.notes ?? (reads.invoices && reads.log))
      ? {
          notes: readNoteSources(
            workbook.sheets,
            [invoicesSheet(reading), templatesSheet(workbook), logSheet(workbook)].flatMap((s) =>
              s ? [s] : [],
            ),
            {
              toDay: context.toDay,
              locale: context.locale ?? workbook.spreadsheet.getSpreadsheetLocale(),
              settings: workbook.settings,
            },
            () => {},
          ).sources,
        }
      : {}),
  };
}
