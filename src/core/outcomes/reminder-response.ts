import { addDays, type CalendarDate, daysBetween } from '../calendar-date.ts';
import type { Invoice } from '../invoice.ts';
import { EMAIL_STAGES, type Stage } from '../stage.ts';
import { eventsOf, type OutcomeLog, type ReminderEvent } from './reminder-events.ts';

export interface RemindersPerPaid {
  /** Invoices paid (with a paid date) in the period. */
  readonly paidCount: number;
  /** Reminder e-mails those invoices received up to their paid date. */
  readonly reminders: number;
  /** reminders / paidCount, or null when nothing was paid. */
  readonly average: number | null;
  /** How many were paid after 0, 1, 2, 3 and 4 or more reminders. */
  readonly distribution: readonly number[];
}

/**
 * Reminders per paid invoice: over invoices paid from `from` to `asOf`, the reminder e-mails
 * (friendly note before the due date and reminders 1–3) each received up to its paid date. An
 * invoice paid without any reminder counts, with 0.
 */
export function remindersPerPaidInvoice(
  invoices: readonly Invoice[],
  log: OutcomeLog,
  from: CalendarDate,
  asOf: CalendarDate,
): RemindersPerPaid {
  const distribution = [0, 0, 0, 0, 0];
  let paidCount = 0;
  let reminders = 0;
  for (const invoice of invoices) {
    const paid = invoice.paidDate;
    if (paid === null || paid < from || paid > asOf || invoice.status === 'cancelled') continue;
    const count = eventsOf(log, invoice.number).filter(
      (e) => EMAIL_STAGES.includes(e.stage) && e.date <= paid,
    ).length;
    paidCount += 1;
    reminders += count;
    distribution[Math.min(count, 4)] = (distribution[Math.min(count, 4)] ?? 0) + 1;
  }
  return {
    paidCount,
    reminders,
    average: paidCount > 0 ? Math.round((reminders / paidCount) * 100) / 100 : null,
    distribution,
  };
}

export interface StageReplies {
  readonly stage: Stage;
  /** Reminder messages of this stage whose reply window has ended. */
  readonly messages: number;
  /** Of them, those the client answered within the window. */
  readonly replied: number;
  readonly rate: number | null;
}

/** Days after a reminder in which a reply is attributed to it. */
export const REPLY_WINDOW_DAYS = 14;

/**
 * Reply rate after each e-mail stage: of the reminder messages sent at that stage (one message
 * per client and day, however many invoices it lists) from `from` on, the share the client
 * answered — a reply recorded on the day of the message or within the next 14 days, before the
 * client's next reminder. Messages younger than 14 days are not counted yet. `invoices` limits
 * the messages to those listing one of them (a segment, a currency).
 */
export function replyRateByStage(
  invoices: readonly Invoice[],
  log: OutcomeLog,
  from: CalendarDate,
  asOf: CalendarDate,
): StageReplies[] {
  const messages = new Map<string, ReminderEvent>();
  // Messages whose window has ended: sent before this day.
  const windowEnded = addDays(asOf, -REPLY_WINDOW_DAYS);
  for (const invoice of invoices) {
    for (const event of eventsOf(log, invoice.number)) {
      if (!EMAIL_STAGES.includes(event.stage) || event.date < from) continue;
      if (event.date >= windowEnded) continue;
      if (!messages.has(event.messageKey)) messages.set(event.messageKey, event);
    }
  }
  const nextEmail = nextEmailFinder(log);
  const counts = new Map<Stage, { messages: number; replied: number }>();
  for (const message of messages.values()) {
    const count = counts.get(message.stage) ?? { messages: 0, replied: 0 };
    count.messages += 1;
    const replies = log.repliesByClient.get(message.clientKey) ?? [];
    const next = nextEmail(message);
    const replied = replies.some(
      (on) =>
        on >= message.date &&
        daysBetween(message.date, on) <= REPLY_WINDOW_DAYS &&
        (next === null || on < next),
    );
    if (replied) count.replied += 1;
    counts.set(message.stage, count);
  }
  return EMAIL_STAGES.map((stage) => {
    const count = counts.get(stage) ?? { messages: 0, replied: 0 };
    return { stage, ...count, rate: count.messages > 0 ? count.replied / count.messages : null };
  });
}

const finders = new WeakMap<OutcomeLog, (message: ReminderEvent) => CalendarDate | null>();

/**
 * The day of the client's first reminder e-mail after a given one (another day), or null. Built
 * once per log reading: the figures ask it for every segment and currency.
 */
function nextEmailFinder(log: OutcomeLog): (message: ReminderEvent) => CalendarDate | null {
  const known = finders.get(log);
  if (known) return known;
  const daysByClient = new Map<string, CalendarDate[]>();
  for (const event of log.events) {
    if (!EMAIL_STAGES.includes(event.stage)) continue;
    const list = daysByClient.get(event.clientKey);
    if (list) list.push(event.date);
    else daysByClient.set(event.clientKey, [event.date]);
  }
  for (const [key, list] of daysByClient) daysByClient.set(key, [...new Set(list)].sort());
  const finder = (message: ReminderEvent): CalendarDate | null => {
    const days = daysByClient.get(message.clientKey) ?? [];
    return days.find((day) => day > message.date) ?? null;
  };
  finders.set(log, finder);
  return finder;
}
