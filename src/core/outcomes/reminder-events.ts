import type { CalendarDate } from '../calendar-date.ts';
import { parseCalendarDate } from '../calendar-date.ts';
import { isTestOnly, parseLogDetail } from '../history.ts';
import { foldInvoiceNumber } from '../invoice-number-key.ts';
import type { LogEntry } from '../log-entry.ts';
import { clientKeyFolder } from '../parse/client-key.ts';
import { isStage, type Stage } from '../stage.ts';

/** One stage of one invoice that really reached the client (or the user's drafts and tasks). */
export interface ReminderEvent {
  readonly invoiceNumber: string;
  readonly clientKey: string;
  readonly date: CalendarDate;
  readonly stage: Stage;
  readonly templateId: string | null;
  readonly variant: string | null;
  /** The message it went in (one message may list several invoices). */
  readonly messageKey: string;
}

/** What the statistics read from the log, in one pass. */
export interface OutcomeLog {
  /** Every event, in log order. */
  readonly events: readonly ReminderEvent[];
  /** Events of each invoice, in log order, at most one per stage (the first). */
  /** By folded number (foldInvoiceNumber): a number retyped since keeps its reminders. */
  readonly byInvoice: ReadonlyMap<string, readonly ReminderEvent[]>;
  /** Days a client's reply was recorded, sorted, by folded client key. */
  readonly repliesByClient: ReadonlyMap<string, readonly CalendarDate[]>;
  /** First day a formal notice was drafted (for real) for one of the client's invoices. */
  readonly noticeByClient: ReadonlyMap<string, CalendarDate>;
}

const EMPTY: readonly ReminderEvent[] = [];

/**
 * The real reminders in the log: rows `sent`, `drafted` (formal notice) and `task` (phone call)
 * with a stage of the invoice ladder. Never counted: quote follow-ups and payment-plan notes
 * (`q_follow`, `q_expired`, `plan_note`, `plan_reminder`: not invoice reminders), `test_sent`, drafts and tasks marked `mode=test` (they reached the
 * user, not the client), `pending` rows never settled, failures and skips. A bare confirmation
 * (a `sent` row without stage or invoices, written when a crashed send is found in Sent mail)
 * counts for the pending rows of its message key, as the planner's history reads it.
 *
 * Client replies are the `paused` rows of kind `client_reply` (see history.ts for the log's
 * conventions); their `on=` day is when the client wrote.
 */
export function readOutcomeLog(log: readonly LogEntry[]): OutcomeLog {
  const events: ReminderEvent[] = [];
  const byInvoice = new Map<string, ReminderEvent[]>();
  const replies = new Map<string, CalendarDate[]>();
  const notices = new Map<string, CalendarDate>();
  const pending = new Map<string, LogEntry[]>();
  const fold = clientKeyFolder();
  const add = (entry: LogEntry, stage: Stage, number: string): void => {
    const key = foldInvoiceNumber(number);
    const mine = byInvoice.get(key);
    if (mine?.some((e) => e.stage === stage)) return;
    const event: ReminderEvent = {
      invoiceNumber: number,
      clientKey: fold(entry.clientKey),
      date: entry.date,
      stage,
      templateId: entry.templateId,
      variant: entry.variant,
      messageKey: entry.messageKey ?? `${entry.runId}|${entry.clientKey}|${stage}`,
    };
    events.push(event);
    if (stage === 'notice' && !notices.has(event.clientKey))
      notices.set(event.clientKey, event.date);
    if (mine) mine.push(event);
    else byInvoice.set(key, [event]);
  };
  for (const entry of log) {
    const { outcome } = entry;
    if (outcome === 'pending') {
      if (entry.messageKey === null) continue;
      const list = pending.get(entry.messageKey);
      if (list) list.push(entry);
      else pending.set(entry.messageKey, [entry]);
      continue;
    }
    if (outcome === 'paused') {
      const fields = parseLogDetail(entry.detail);
      if (fields.kind !== 'client_reply') continue;
      const on = parseCalendarDate(fields.on ?? '') ?? entry.date;
      const key = fold(entry.clientKey);
      const list = replies.get(key);
      if (list) list.push(on);
      else replies.set(key, [on]);
      continue;
    }
    if (outcome !== 'sent' && outcome !== 'drafted' && outcome !== 'task') continue;
    if (isTestOnly(entry)) continue;
    if (entry.stage === null || entry.invoiceNumbers.length === 0) {
      const confirmed = entry.messageKey === null ? undefined : pending.get(entry.messageKey);
      for (const row of confirmed ?? []) {
        // A pending row of a test-mode send stays a test, whatever confirms it.
        if (row.stage === null || !isStage(row.stage)) continue;
        if (parseLogDetail(row.detail).mode === 'test') continue;
        for (const number of row.invoiceNumbers)
          add({ ...row, date: entry.date }, row.stage, number);
      }
      continue;
    }
    if (entry.messageKey !== null) pending.delete(entry.messageKey);
    // Quote follow-ups and instalment notes carry invoice numbers too, but they are not steps of
    // the invoice ladder: counting them would inflate reminders per paid invoice and reply rates.
    if (!isStage(entry.stage)) continue;
    for (const number of entry.invoiceNumbers) add(entry, entry.stage, number);
  }
  for (const list of replies.values()) list.sort();
  return { events, byInvoice, repliesByClient: replies, noticeByClient: notices };
}

export function eventsOf(log: OutcomeLog, invoiceNumber: string): readonly ReminderEvent[] {
  return log.byInvoice.get(foldInvoiceNumber(invoiceNumber)) ?? EMPTY;
}
