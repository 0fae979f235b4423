/**
 * How a planned action is written in the log: one row per invoice, each with that invoice's own
 * stage and the action's shared message key (the convention `readHistory` reads). The daily run
 * and the forecast both write their rows with `actionRows`, so the forecast reads its simulated
 * days exactly as the run's real ones.
 */
import type { CalendarDate } from './calendar-date.ts';
import type { LogEntry, LogOutcome } from './log-entry.ts';
import type { Plan, PlannedEmail, PlannedFollowUp } from './plan.ts';

/** A planned message (e-mail or notice draft) or follow-up (task). */
export type PlannedAction = PlannedEmail | PlannedFollowUp;

/** When and by which run the rows are written. */
export interface RowStamp {
  /** ISO instant written in `at`. */
  readonly at: string;
  /** The business day planned for. */
  readonly date: CalendarDate;
  readonly runId: string;
}

/** What a row says beyond the action itself; absent fields take the action's or stay empty. */
export type ActionRowFields = Partial<
  Pick<LogEntry, 'recipients' | 'subject' | 'templateId' | 'variant' | 'threadId' | 'detail'>
>;

/**
 * The log rows of `action` with `outcome`: one per invoice, so each invoice's history reads it.
 *
 * @example
 * // An e-mail to Atelier Dupont listing F-001 (at r2) and F-004 (at r1):
 * actionRows(email, 'sent', { at: '2026-03-12T08:00:00Z', date: '2026-03-12', runId: 'run-1' })
 * // → [{ outcome: 'sent', stage: 'r2', invoiceNumbers: ['F-001'], messageKey: email.messageKey, … },
 * //    { outcome: 'sent', stage: 'r1', invoiceNumbers: ['F-004'], messageKey: email.messageKey, … }]
 */
export function actionRows(
  action: PlannedAction,
  outcome: LogOutcome,
  stamp: RowStamp,
  fields: ActionRowFields = {},
): LogEntry[] {
  return action.invoices.map((item) => ({
    at: stamp.at,
    date: stamp.date,
    runId: stamp.runId,
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

export interface RecordOptions {
  /** ISO instant written in `at`. */
  readonly at: string;
  readonly runId: string;
  /** Outcome of the e-mails (`pending` before sending, `sent`/`test_sent` after). */
  readonly emailOutcome: LogOutcome;
  /** Thread each e-mail went into, when known (by message key). */
  readonly threads?: ReadonlyMap<string, string>;
}

/** The log rows that record a whole plan as carried out (the forecast's simulated days). */
export function planRecords(plan: Plan, options: RecordOptions): LogEntry[] {
  const stamp: RowStamp = { at: options.at, date: plan.today, runId: options.runId };
  const rowsOf = (action: PlannedAction, outcome: LogOutcome) => {
    const threadId = options.threads?.get(action.messageKey);
    return actionRows(action, outcome, stamp, threadId === undefined ? {} : { threadId });
  };
  const rows: LogEntry[] = [];
  for (const email of plan.emails) rows.push(...rowsOf(email, options.emailOutcome));
  for (const followUp of plan.followUps) {
    rows.push(...rowsOf(followUp, followUp.kind === 'draft' ? 'drafted' : 'task'));
  }
  return rows;
}
