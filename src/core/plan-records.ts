import type { CalendarDate } from './calendar-date.ts';
import type { LogEntry, LogOutcome } from './log-entry.ts';
import type { Plan, PlannedEmail, PlannedFollowUp } from './plan.ts';

export interface RecordOptions {
  /** ISO instant written in `at`. */
  readonly at: string;
  readonly runId: string;
  /** Outcome of the e-mails (`pending` before sending, `sent`/`test_sent` after). */
  readonly emailOutcome: LogOutcome;
  /** Thread each e-mail went into, when known (by message key). */
  readonly threads?: ReadonlyMap<string, string>;
}

/**
 * The log rows that record a plan as carried out: one row per invoice and action, each with that
 * invoice's own stage and the action's shared message key (the convention `readHistory` reads).
 */
export function planRecords(plan: Plan, options: RecordOptions): LogEntry[] {
  const rows: LogEntry[] = [];
  for (const email of plan.emails)
    rows.push(...actionRows(plan.today, email, options.emailOutcome, options));
  for (const followUp of plan.followUps) {
    rows.push(
      ...actionRows(plan.today, followUp, followUp.kind === 'draft' ? 'drafted' : 'task', options),
    );
  }
  return rows;
}

function actionRows(
  date: CalendarDate,
  action: PlannedEmail | PlannedFollowUp,
  outcome: LogOutcome,
  options: RecordOptions,
): LogEntry[] {
  const threadId = options.threads?.get(action.messageKey) ?? action.threadId;
  return action.invoices.map((item) => ({
    at: options.at,
    date,
    runId: options.runId,
    outcome,
    stage: item.stage,
    invoiceNumbers: [item.invoice.number],
    clientKey: action.clientKey,
    recipients: action.to,
    templateId: null,
    variant: null,
    subject: '',
    threadId,
    messageKey: action.messageKey,
    detail: '',
  }));
}
