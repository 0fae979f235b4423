import type { CalendarDate } from './calendar-date.ts';
import { SETTLING } from './history.ts';
import { foldInvoiceNumber } from './invoice-number-key.ts';
import type { LogEntry } from './log-entry.ts';
import { messageKey } from './message-key.ts';
import { type InstalmentStage, isInstalmentStage, isQuoteStage, type NoteStage } from './stage.ts';

/**
 * What the log says about the notes of one document (a quote by its number, or a payment plan's
 * instalment by `plan/instalment`): stages sent with their day, the thread, and a send still
 * pending. The ladder's history ignores these rows; this reader reads only them.
 */
export interface NoteRecord {
  readonly done: ReadonlyMap<NoteStage, CalendarDate>;
  readonly threadId: string | null;
  readonly pendingSince: CalendarDate | null;
}

export interface NoteHistory {
  /** By quote number, or by `noteSubject(planId, index)` for instalments. */
  of(subject: string): NoteRecord;
}

const EMPTY: NoteRecord = { done: new Map(), threadId: null, pendingSince: null };

/** How an instalment is named in the note history: `plan id/instalment number`. */
export function instalmentSubject(planId: string, index: number): string {
  return `${planId}/${index + 1}`;
}

/**
 * The idempotency key of an instalment's note: the client's key of the day for the stage, with
 * the plan id and instalment number readable at its end (plan ids are letters and digits), so
 * the log says which instalment a row is about while it lists the plan's invoices.
 */
export function instalmentMessageKey(
  clientKey: string,
  planId: string,
  index: number,
  stage: InstalmentStage,
  today: CalendarDate,
): string {
  return `${messageKey(clientKey, stage, today)}-${planId}-${index + 1}`;
}

const INSTALMENT_KEY = /-plan(?:note|reminder)-[0-9a-f]{8}-([a-z0-9]+)-(\d+)$/;

function instalmentOfKey(key: string): string | null {
  const match = INSTALMENT_KEY.exec(key);
  return match ? `${match[1]}/${match[2]}` : null;
}

/**
 * Reads the note rows of the log, front to back. A quote's rows list the quote number (compared
 * by foldInvoiceNumber, like invoices); an instalment's rows list the plan's invoice numbers and
 * name the instalment in their message key.
 */
export function readNoteHistory(
  log: readonly LogEntry[],
  options: { readonly countTestSends: boolean },
): NoteHistory {
  const records = new Map<
    string,
    { done: Map<NoteStage, CalendarDate>; threadId: string | null }
  >();
  const pending = new Map<string, { subject: string; date: CalendarDate }>();
  const subjectOf = (entry: LogEntry): string | null => {
    if (isQuoteStage(entry.stage)) {
      const number = entry.invoiceNumbers[0];
      return number === undefined ? null : foldInvoiceNumber(number);
    }
    if (isInstalmentStage(entry.stage) && entry.messageKey)
      return instalmentOfKey(entry.messageKey);
    return null;
  };
  for (const entry of log) {
    if (!isQuoteStage(entry.stage) && !isInstalmentStage(entry.stage)) continue;
    const subject = subjectOf(entry);
    if (subject === null) continue;
    const key = entry.messageKey ?? `${entry.runId}|${subject}`;
    if (entry.outcome === 'pending') {
      pending.set(key, { subject, date: entry.date });
      continue;
    }
    if (SETTLING.has(entry.outcome)) pending.delete(key);
    const sent =
      entry.outcome === 'sent' || (entry.outcome === 'test_sent' && options.countTestSends);
    if (!sent) continue;
    const record = records.get(subject) ?? { done: new Map(), threadId: null };
    if (!record.done.has(entry.stage)) record.done.set(entry.stage, entry.date);
    if (entry.threadId) record.threadId = entry.threadId;
    records.set(subject, record);
  }
  const pendingBySubject = new Map<string, CalendarDate>();
  for (const open of pending.values()) pendingBySubject.set(open.subject, open.date);
  return {
    of: (asked) => {
      const subject = foldInvoiceNumber(asked);
      const record = records.get(subject);
      const pendingSince = pendingBySubject.get(subject) ?? null;
      if (!record && pendingSince === null) return EMPTY;
      return {
        done: record?.done ?? new Map(),
        threadId: record?.threadId ?? null,
        pendingSince,
      };
    },
  };
}
