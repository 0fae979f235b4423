/**
 * The automatic replies (out of office) the log records, as the user is told of them: in Today
 * and in the status column's note of the client's invoices, for as long as the reply search
 * looks back (two weeks), the latest one of each client. An absence until a date may explain a
 * client's silence; it changes nothing in what goes out (see automatic-reply.ts).
 *
 * @example autoReplySentence(note, 'fr', (day) => day)
 * // → "Réponse automatique de compta@atelier-dupont.fr le 2026-03-02 : « Absente jusqu'au 13 mars »"
 */
import { addDays, type CalendarDate, parseCalendarDate } from '../calendar-date.ts';
import { parseLogDetail } from '../history.ts';
import type { Language } from '../invoice.ts';
import type { LogEntry } from '../log-entry.ts';
import { text } from '../texts/server-texts.ts';

/** Days an automatic reply stays worth telling: the reply search's own window. */
export const AUTO_REPLY_NOTE_DAYS = 14;

export interface AutoReplyNote {
  readonly clientKey: string;
  /** The day the reply came. */
  readonly on: CalendarDate;
  /** Its sender's address. */
  readonly from: string;
  /** A few words of it (automatic-reply.ts: autoReplyQuote). */
  readonly quote: string;
}

/** By client, the latest automatic reply of the last AUTO_REPLY_NOTE_DAYS days up to `today`. */
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
    const known = notes.get(entry.clientKey);
    if (known && known.on > on) continue;
    notes.set(entry.clientKey, {
      clientKey: entry.clientKey,
      on,
      from: fields.from ?? '',
      quote: fields.quote ?? entry.subject,
    });
  }
  return notes;
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
