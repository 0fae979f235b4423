/**
 * Setting a payment plan from the sidebar: the plan is checked by the core, written to the plans
 * tab and recorded in the log (`plan`, `event=created`), under the run lock so it never
 * interleaves with a run. From the next run on, the plan suspends its invoices' sequence.
 */

import type { PaymentPlanRequest } from '../../api/payment-plans.ts';
import { parseCalendarDate } from '../../core/calendar-date.ts';
import { readHistory } from '../../core/history.ts';
import { byFoldedNumber } from '../../core/invoice-number-key.ts';
import { USER_RUN_ID } from '../../core/log-entry.ts';
import { createPlan, overdueInvoicesOf } from '../../core/payment-plans/create-plan.ts';
import { planEventRow, recordedBreaks } from '../../core/payment-plans/plan-events.ts';
import { planStanding, suspendedInvoices } from '../../core/payment-plans/plan-standing.ts';
import { buildProfiles, profileOf } from '../../core/profiles.ts';
import { localized } from '../../core/texts/server-texts.ts';
import { withRunLock } from '../../gas/document-lock.ts';
import { LogWriter } from '../../gas/log-tab.ts';
import { appendPlan, findPlansTab, readPlans } from '../../gas/plans-tab.ts';
import { loadPlanContext } from '../run/plan-context.ts';
import { logSheet, type Workbook } from '../workbook/workbook.ts';
import { type ActionResult, withLogEntries } from './log-actions.ts';

export function setPaymentPlan(workbook: Workbook, request: PaymentPlanRequest): ActionResult {
  const result = withRunLock(workbook.spreadsheet, workbook.metadata, (): ActionResult => {
    const logTab = logSheet(workbook);
    // Every tab Today shows (the templates for its subjects): the sidebar shows it next.
    const context = loadPlanContext(workbook);
    if (!logTab || !context.log || !context.source)
      return {
        ok: false,
        message: localized('invoicesOrLogTabMissing'),
      };
    const invoices = context.source.invoices;
    const chosen = invoices.find((i) => i.number === request.invoiceNumber);
    const numbers =
      chosen && request.allOverdueOfClient
        ? overdueInvoicesOf(chosen, invoices, context.today).map((i) => i.number)
        : [request.invoiceNumber];
    const existing = readPlans(findPlansTab(workbook.sheets)).filter((p) => !p.cancelled);
    const byNumber = byFoldedNumber(invoices.map((i) => [i.number, i]));
    const breaks = recordedBreaks(context.planInput.log);
    const kept = suspendedInvoices(
      existing.map((p) => planStanding(p, byNumber, context.today, breaks.get(p.id) ?? null)),
    );
    const { settings } = workbook;
    const profiles = buildProfiles(
      invoices,
      readHistory(context.planInput.log, { countTestSends: settings.testMode }),
      settings,
      context.today,
    );
    const segment = profileOf(chosen?.clientKey ?? '', profiles).segment;
    const made = createPlan(
      {
        invoiceNumbers: numbers.length > 0 ? numbers : [request.invoiceNumber],
        count: request.count,
        firstDate: request.firstDate === null ? null : parseCalendarDate(request.firstDate),
        breakAfterDays: settings.planTiming[segment].breakAfterDays,
      },
      { invoices, inKeptPlans: kept, today: context.today, random: Math.random },
    );
    if (!made.ok) return { ok: false, message: made.error };
    const plansTab = appendPlan(
      workbook.spreadsheet,
      workbook.sheets,
      made.plan,
      workbook.settings.language,
    );
    const row = planEventRow(
      made.plan,
      'created',
      { at: new Date().toISOString(), date: context.today, runId: USER_RUN_ID },
      { instalments: String(made.plan.instalments.length), by: 'user' },
    );
    new LogWriter(logTab, context.log).append([row]);
    // The first plan creates the plans tab: the Today shown next must read it.
    const sheets = workbook.sheets.includes(plansTab)
      ? workbook.sheets
      : [...workbook.sheets, plansTab];
    return {
      ok: true,
      recorded: 1,
      context: withLogEntries(context, [row]),
      workbook: { ...workbook, sheets },
    };
  });
  return result ?? { ok: false, message: localized('runInProgress') };
}
