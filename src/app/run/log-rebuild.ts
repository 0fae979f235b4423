/**
 * A log without any row: cleared or deleted (set-up then creates an empty one), or the book's
 * first run. What was already done is rebuilt before anything is planned, so no sequence starts
 * over and nothing goes twice:
 * - from the status columns: what the last complete run wrote there (rebuilt-history.ts);
 * - from the add-on's own messages in Gmail (sent-mail-history.ts): what a run cut after its
 *   sends, before its status columns (or before its log rows settled), had already sent, and
 *   the quote follow-ups and instalment notes, which the status columns do not rebuild. One
 *   search and one read of its threads, only here: a log holding rows never costs them.
 * When Gmail cannot be asked, the run refuses to send rather than guess. A reminder found only
 * among the drafts (a send cut halfway) is deleted there and planned again.
 */
import type { CalendarDate } from '../../core/calendar-date.ts';
import { clientCalendar } from '../../core/client-calendar.ts';
import { byFoldedNumber, foldInvoiceNumber } from '../../core/invoice-number-key.ts';
import { type LogEntry, noRunLogged } from '../../core/log-entry.ts';
import { planDay } from '../../core/planner.ts';
import { withReminderThreads } from '../../core/run/rebuilt-threads.ts';
import {
  type FoundMessage,
  historyFromSentMail,
  type PlannedMessage,
  type PlanOn,
  plannedMessages,
} from '../../core/run/sent-mail-history.ts';
import type { Settings } from '../../core/settings.ts';
import { historyFromStatusColumns } from '../../core/status/rebuilt-history.ts';
import { findOwnMessages } from '../../gas/gmail-own-messages.ts';
import { deleteDraftsWithReference } from '../../gas/gmail-sender.ts';
import type { DateConverter } from '../../gas/zoned-date.ts';
import { TEST_SUBJECT_MARK } from './compose.ts';
import type { InvoiceSource } from './invoice-source.ts';
import type { RunJournal } from './run-journal.ts';
import {
  type NoteSources,
  planHolds,
  planNotes,
  planRestarts,
  quoteDocuments,
  standingsOf,
} from './run-notes.ts';

/**
 * How far back Sent mail is read: longer than a whole default sequence (first reminder to formal
 * notice), and the status columns already hold what complete runs did before.
 */
const REBUILD_DAYS = 90;

export interface RebuildContext {
  readonly source: InvoiceSource;
  /** The quotes and payment plans: their notes carry references too. */
  readonly notes: NoteSources;
  readonly settings: Settings;
  readonly journal: RunJournal;
  readonly today: CalendarDate;
  readonly toDay: DateConverter;
}

/** The rebuilt entries (none when the log has rows), or `unverified` when Gmail failed. */
export function rebuildEmptyLog(ctx: RebuildContext): LogEntry[] | 'unverified' {
  const { journal, source } = ctx;
  if (!noRunLogged(journal.entries)) return [];
  const fromStatus = historyFromStatusColumns(
    source.values,
    source.invoices,
    ctx.today,
    journal.at(),
    journal.runId,
  );
  journal.calls.gmailSearches += 1;
  let found: FoundMessage[];
  try {
    found = ownMessages(ctx.toDay);
  } catch {
    return 'unverified';
  }
  const fromGmail = historyFromSentMail(
    found,
    fromStatus,
    planOn(ctx),
    clientsOf(ctx),
    journal.runId,
  );
  // A reminder's draft left by a send cut halfway: it goes, so that it is never sent by hand;
  // the reminder itself is planned again.
  for (const reference of fromGmail.halfMade) {
    try {
      deleteDraftsWithReference(reference);
    } catch {
      // Left for the next run: the run's own search finds it again while the log has no row.
    }
  }
  return [...withReminderThreads(fromStatus, found, addressesOf(source)), ...fromGmail.entries];
}

/** The addresses of an invoice's row, by its number as typed (the rebuilt rows keep it so). */
function addressesOf(source: InvoiceSource): (invoiceNumber: string) => readonly string[] {
  const byNumber = byFoldedNumber(source.invoices.map((i) => [i.number, i.emails]));
  return (number) => byNumber.get(foldInvoiceNumber(number)) ?? [];
}

/** Live messages only: a test message went to the user, never to the client it names. */
function ownMessages(toDay: DateConverter): FoundMessage[] {
  return findOwnMessages(REBUILD_DAYS)
    .filter((m) => !m.subject.startsWith(TEST_SUBJECT_MARK))
    .map((m) => ({
      reference: m.reference,
      threadId: m.threadId,
      at: m.sentAt.toISOString(),
      day: toDay(m.sentAt),
      draft: m.draft,
      subject: m.subject,
      recipients: m.recipients,
    }));
}

/**
 * The day's reminders, formal notices, quote follow-ups and instalment notes, as the run planned
 * them: with the payment plans that existed then, whose kept ones held their invoices and whose
 * broken ones restarted them. A plan made that day may have come before or after the run (the
 * tab keeps only its date), so both days are planned, the plan made after the run first; a
 * reference is logged once, from the first message that matches it.
 */
function planOn(ctx: RebuildContext): PlanOn {
  const { settings, notes } = ctx;
  const { invoices } = ctx.source;
  const calendar = clientCalendar(settings);
  return (day, clients, log) => {
    const dayWith = (plans: NoteSources['plans']): PlannedMessage[] => {
      const sources = { ...notes, plans };
      const standings = standingsOf(sources, invoices, log, day);
      const plan = planDay({
        today: day,
        invoices: invoices.filter((i) => clients.has(i.clientKey)),
        rowErrors: [],
        log,
        settings,
        calendar,
        holds: planHolds(standings),
        restarts: planRestarts(standings),
      });
      const planned = planNotes({ sources, standings, invoices, log, settings, today: day });
      return plannedMessages(
        plan,
        planned.emails.filter((note) => clients.has(note.clientKey)),
      );
    };
    const before = notes.plans.filter((p) => p.createdOn < day);
    const sameDay = notes.plans.filter((p) => p.createdOn <= day);
    return sameDay.length === before.length
      ? dayWith(before)
      : [...dayWith(before), ...dayWith(sameDay)];
  };
}

/**
 * Every client a message's recipients may stand for: one address can be several clients' (an
 * accountant's, a prospect's who is also a client), and the replay must plan for each of them.
 */
function clientsOf(ctx: RebuildContext) {
  const byAddress = new Map<string, Set<string>>();
  for (const document of [...ctx.source.invoices, ...quoteDocuments(ctx.notes)])
    for (const address of [...document.emails, ...document.cc]) {
      const key = address.toLowerCase();
      const clients = byAddress.get(key) ?? new Set<string>();
      clients.add(document.clientKey);
      byAddress.set(key, clients);
    }
  return (recipients: readonly string[]) =>
    recipients.flatMap((address) => [...(byAddress.get(address) ?? [])]);
}
