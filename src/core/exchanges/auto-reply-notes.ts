/**
 * The automatic replies (out of office) the log records, as the user is told of them: in Today
 * and in the status column's note of the client's invoices, for as long as the reply search
 * looks back (two weeks), the latest one of each client; of each person when one name is several
 * (the row names its thread's addresses and invoices, as a pause does: history.ts), so that one
 * namesake's absence is not told on the other's invoices. An absence until a date may explain a
 * client's silence; it changes nothing in what goes out (see automatic-reply.ts).
 *
 * @example autoReplySentence(note, 'fr', (day) => day)
 * // → "Réponse automatique de compta@atelier-dupont.fr le 2026-03-02 : « Absente jusqu'au 13 mars »"
 */
import { addDays, type CalendarDate, parseCalendarDate } from '../calendar-date.ts';
import {
  addressesOf,
  type ClientGroup,
  isOfGroup,
  type NamedGroup,
  parseLogDetail,
} from '../history.ts';
import type { Language } from '../invoice.ts';
import { foldInvoiceNumber } from '../invoice-number-key.ts';
import type { LogEntry } from '../log-entry.ts';
import { recipientsKey } from '../recipient-groups.ts';
import { text } from '../texts/server-texts.ts';

/** Days an automatic reply stays worth telling: the reply search's own window. */
export const AUTO_REPLY_NOTE_DAYS = 14;

export interface AutoReplyNote extends NamedGroup {
  readonly clientKey: string;
  /** The day the reply came. */
  readonly on: CalendarDate;
  /** Its sender's address. */
  readonly from: string;
  /** A few words of it (automatic-reply.ts: autoReplyQuote). */
  readonly quote: string;
}

/**
 * By client and person (the addresses the row names; rows without any are the whole name's), the
 * latest automatic reply of the last AUTO_REPLY_NOTE_DAYS days up to `today`.
 */
export function recentAutoReplies(
  log: readonly LogEntry[],
  today: CalendarDate,
): Map<string, AutoReplyNote> {
  const since = addDays(today, -AUTO_REPLY_NOTE_DAYS);
  const notes = new Map<string, AutoReplyNote>();
  for (const entry of log) {
    if (entry.outcome !== 'auto_reply') continue;
    const fields = parseLogDetail(entry.detail);
    const on = parseCalendarDate(fields.on ?? '') ?? entry.date;
    if (on < since || on > today) continue;
    const recipients = addressesOf(entry);
    const key = `${entry.clientKey}\n${recipientsKey(recipients)}`;
    const known = notes.get(key);
    if (known && known.on > on) continue;
    notes.set(key, {
      clientKey: entry.clientKey,
      on,
      from: fields.from ?? '',
      quote: fields.quote ?? entry.subject,
      recipients,
      invoices: entry.invoiceNumbers.map(foldInvoiceNumber),
    });
  }
  return notes;
}

/** The latest of `notes` that is the client's person of `group` (history.ts: isOfGroup). */
export function autoReplyOf(
  notes: ReadonlyMap<string, AutoReplyNote>,
  clientKey: string,
  group: ClientGroup,
): AutoReplyNote | undefined {
  let found: AutoReplyNote | undefined;
  for (const note of notes.values()) {
    if (note.clientKey !== clientKey || !isOfGroup(note, group)) continue;
    if (found === undefined || note.on > found.on) found = note;
  }
  return found;
}

/** The note in `language`, dates written by `date`. */
export function autoReplySentence(
  note: AutoReplyNote,
  language: Language,
  date: (day: CalendarDate) => string = (day) => day,
): string {
  return text(language, 'auto_reply_note', {
    from: note.from,
    on: date(note.on),
    quote: note.quote,
  });
}
