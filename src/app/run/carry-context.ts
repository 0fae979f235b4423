/**
 * What carrying out the day's plan works with, and how one planned action is recorded in it: its
 * log rows (one per invoice, as the history reads them), the problems shown in the status
 * columns and the failures listed in the report.
 */
import type { CalendarDate } from '../../core/calendar-date.ts';
import type { LogEntry, LogOutcome } from '../../core/log-entry.ts';
import type { PlannedEmail, PlannedFollowUp } from '../../core/plan.ts';
import type { RunBase, Tally } from '../../core/run/run-tally.ts';
import type { TemplateRow } from '../../core/templates/index.ts';
import type { LogWriter } from '../../gas/log-tab.ts';
import type { Workbook } from '../workbook/workbook.ts';

/** A planned message (e-mail or notice draft) or follow-up (task). */
export type Action = PlannedEmail | PlannedFollowUp;

export interface CarryContext {
  readonly workbook: Workbook;
  readonly templates: readonly TemplateRow[];
  readonly writer: LogWriter;
  /** The whole log as the run knows it, today's rows included. */
  readonly entries: LogEntry[];
  /** Rows not written yet: they go in one append at the end of the run. */
  readonly newRows: LogEntry[];
  readonly tally: Tally;
  readonly base: RunBase;
  /** The business day planned for. */
  readonly today: CalendarDate;
  readonly at: () => string;
  /** Notes for the status column, by invoice number (failures of today). */
  readonly problems: Map<string, string>;
  /** Invoices of the action whose row changed (or went) since the plan, on a fresh reading. */
  readonly changedSincePlan: (action: Action) => string[];
}

export type RowFields = Partial<
  Pick<LogEntry, 'recipients' | 'subject' | 'templateId' | 'variant' | 'threadId' | 'detail'>
>;

/** The log rows of `action` with `outcome`: one per invoice, so each invoice's history reads it. */
export function actionRows(
  action: Action,
  outcome: LogOutcome,
  ctx: CarryContext,
  fields: RowFields,
): LogEntry[] {
  return action.invoices.map((item) => ({
    at: ctx.at(),
    date: ctx.today,
    runId: ctx.base.runId,
    outcome,
    stage: item.stage,
    invoiceNumbers: [item.invoice.number],
    clientKey: action.clientKey,
    recipients: fields.recipients ?? action.to,
    templateId: fields.templateId ?? null,
    variant: fields.variant ?? null,
    subject: fields.subject ?? '',
    threadId: fields.threadId ?? action.threadId,
    messageKey: action.messageKey,
    detail: fields.detail ?? '',
  }));
}

/** Rows for the final append; the run's own view of the log includes them at once. */
export function recordRows(rows: readonly LogEntry[], ctx: CarryContext): void {
  ctx.newRows.push(...rows);
  ctx.entries.push(...rows);
}

/** The note shown in the status column of each invoice of `action`. */
export function noteOnInvoices(action: Action, text: string, ctx: CarryContext): void {
  for (const item of action.invoices) ctx.problems.set(item.invoice.number, text);
}

/** A failure of `action`: noted on its invoices and listed in the report (and the digest). */
export function noteProblem(action: Action, text: string, ctx: CarryContext): void {
  noteOnInvoices(action, text, ctx);
  const numbers = action.invoices.map((i) => i.invoice.number).join(', ');
  ctx.tally.failures.push(`${numbers} (${action.client}): ${text}`);
}

/**
 * Marks a draft or task made in test mode: it went to the user, and once live the client's real
 * sequence does not count it as done (history.ts).
 */
export function testMark(testMode: boolean): Record<string, string> {
  return testMode ? { mode: 'test' } : {};
}
