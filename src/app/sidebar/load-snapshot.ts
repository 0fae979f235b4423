/**
 * Reads what the sidebar's functions need from the active spreadsheet, through the daily run's
 * own reader (loadPlanContext: one batched read per tab), so the preview plans from exactly what
 * the run would see.
 */
import type { HeaderColumn } from '../../core/columns/column-mapping.ts';
import { automationStatus } from '../automation/automation.ts';
import { businessCalendarFor } from '../run/business-calendar.ts';
import { readLastRun } from '../run/last-run.ts';
import { loadPlanContext } from '../run/plan-context.ts';
import type { Workbook } from '../workbook/workbook.ts';
import { activeWorkbook, invoicesSheet } from '../workbook/workbook.ts';
import type { SidebarSnapshot } from './sidebar-snapshot.ts';
import { uiLanguage } from './ui-language.ts';

export function loadSnapshot(workbook: Workbook = activeWorkbook()): SidebarSnapshot {
  const context = loadPlanContext(workbook);
  const mapping = context.source?.mapping ?? null;
  const columns: HeaderColumn[] = mapping
    ? [
        ...Object.values(mapping.columns),
        ...Object.values(mapping.ambiguous).flat(),
        ...mapping.unknown,
      ].filter((c): c is HeaderColumn => c !== undefined)
    : [];
  const headers = [...new Map(columns.map((c) => [c.index, c.header])).entries()]
    .sort(([a], [b]) => a - b)
    .map(([, header]) => header);
  return {
    today: context.today,
    settings: workbook.settings,
    configured: workbook.configured,
    calendar: businessCalendarFor(workbook.settings),
    sheetNames: workbook.sheets.map((sheet) => sheet.getName()),
    invoicesSheet: invoicesSheet(workbook)?.getName() ?? null,
    headers,
    mapping,
    invoices: context.planInput.invoices,
    rowErrors: context.planInput.rowErrors,
    log: context.planInput.log,
    templates: context.templates,
    logTabExists: context.log !== null,
    testSentAt: workbook.setup.testSentAt,
    automation: automationStatus(workbook),
    lastRun: readLastRun(workbook),
    userEmail: Session.getEffectiveUser().getEmail(),
    uiLanguage: uiLanguage(),
  };
}
