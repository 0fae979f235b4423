/**
 * Reads what the sidebar's functions need from the active spreadsheet, through the daily run's
 * own reader (loadPlanContext: one batched read per tab), so the preview plans from exactly what
 * the run would see.
 */

import { clientCalendar } from '../../core/client-calendar.ts';
import type { HeaderColumn } from '../../core/columns/column-mapping.ts';
import { effectiveUserEmail } from '../../gas/session-user.ts';
import { automationStatus } from '../automation/automation.ts';
import { readLastRun } from '../run/last-run.ts';
import { loadPlanContext } from '../run/plan-context.ts';
import { detectInvoicesSheet } from '../setup/set-up.ts';
import type { Workbook } from '../workbook/workbook.ts';
import { activeWorkbook, invoicesSheet } from '../workbook/workbook.ts';
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

export function loadSnapshot(workbook: Workbook = activeWorkbook()): SidebarSnapshot {
  const reading = withDetectedInvoicesTab(workbook);
  const context = loadPlanContext(reading);
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
    calendar: clientCalendar(workbook.settings),
    sheetNames: workbook.sheets.map((sheet) => sheet.getName()),
    invoicesSheet: invoicesSheet(reading)?.getName() ?? null,
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
    userEmail: effectiveUserEmail(),
    uiLanguage: uiLanguage(),
  };
}
