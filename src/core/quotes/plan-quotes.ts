import { addDays, type CalendarDate, daysBetween } from '../calendar-date.ts';
import { clientCalendar } from '../client-calendar.ts';
import { CLIENTS_ONLY, readHistory } from '../history.ts';
import type { RowError } from '../invoice.ts';
import type { LogEntry } from '../log-entry.ts';
import { messageKey } from '../message-key.ts';
import { readNoteHistory } from '../note-history.ts';
import type { SkipReason } from '../plan.ts';
import type { PlannedNote } from '../planned-note.ts';
import { type Block, clientBlocker, type RecentExchange, rowGroup } from '../planner.ts';
import { type ClientProfile, profileOf } from '../profiles.ts';
import { type BusinessCalendar, memoizeCalendar, nextBusinessDayFrom } from '../schedule.ts';
import type { Settings } from '../settings.ts';
import type { QuoteStage } from '../stage.ts';
import { type Quote, type QuoteStatus, quoteAsInvoice } from './quote.ts';
import type { QuoteTiming } from './quote-timing.ts';

export interface QuotePlanInput {
  readonly today: CalendarDate;
  readonly quotes: readonly Quote[];
  readonly rowErrors: readonly RowError[];
  readonly log: readonly LogEntry[];
  readonly settings: Settings;
  readonly calendar?: BusinessCalendar;
  readonly recentExchanges?: readonly RecentExchange[];
  /** Client profiles from the invoices (a prospect without invoices is a new client). */
  readonly profiles?: ReadonlyMap<string, ClientProfile>;
}

/**
 * How late a quote's note may still go: a few weeks of catching up (the daily run was off, the
 * quote was typed in late). A prospect told months later that a quote has expired would only
 * learn that nobody was watching; such a note waits for the user, who can send it by hand.
 */
export const QUOTE_NOTE_LATE_DAYS = 30;

/** Why a quote gets nothing today. */
export type QuoteSkipReason =
  | { readonly code: 'quote_closed'; readonly status: Exclude<QuoteStatus, 'open'> }
  /** The note's day is more than QUOTE_NOTE_LATE_DAYS ago. */
  | { readonly code: 'quote_note_late'; readonly stage: QuoteStage; readonly due: CalendarDate }
  | Extract<
      SkipReason,
      {
        readonly code:
          | 'client_replied'
          | 'manual_email'
          | 'client_paused'
          | 'pending_unconfirmed'
          | 'sequence_done'
          | 'row_error';
      }
    >;

export type QuoteDecision =
  | { readonly number: string; readonly state: 'planned'; readonly stage: QuoteStage }
  | {
      readonly number: string;
      readonly state: 'waiting';
      readonly nextStage: QuoteStage;
      readonly nextDate: CalendarDate;
    }
  | {
      readonly number: string;
      readonly state: 'skipped';
      readonly reason: QuoteSkipReason;
      readonly nextStage: QuoteStage | null;
      readonly nextDate: CalendarDate | null;
    };

export interface QuotePlan {
  readonly today: CalendarDate;
  readonly emails: readonly PlannedNote[];
  /** One per valid quote, in the tab's order. */
  readonly decisions: readonly QuoteDecision[];
}

export interface QuoteStageDate {
  readonly stage: QuoteStage;
  readonly date: CalendarDate;
}

/**
 * The days of a quote's notes in its client's calendar: the follow-up `followDaysBefore` the
 * deadline, moved to the next business day, dropped when that passes the deadline or falls within
 * `minDaysSinceSent` of sending; the expiry note `expiredBusinessDaysAfter` business days after
 * the deadline.
 */
export function scheduleQuote(
  quote: Quote,
  timing: QuoteTiming,
  country: string,
  calendar: BusinessCalendar,
): QuoteStageDate[] {
  const stages: QuoteStageDate[] = [];
  if (timing.followDaysBefore !== null) {
    const nominal = addDays(quote.validUntil, -timing.followDaysBefore);
    const date = nextBusinessDayFrom(nominal, country, calendar).date;
    const tooSoon =
      quote.sentDate !== null && daysBetween(quote.sentDate, date) < timing.minDaysSinceSent;
    if (date <= quote.validUntil && !tooSoon) stages.push({ stage: 'q_follow', date });
  }
  if (timing.expiredBusinessDaysAfter !== null) {
    stages.push({
      stage: 'q_expired',
      date: afterBusinessDays(quote.validUntil, timing.expiredBusinessDaysAfter, country, calendar),
    });
  }
  return stages;
}

function afterBusinessDays(
  from: CalendarDate,
  days: number,
  country: string,
  calendar: BusinessCalendar,
): CalendarDate {
  let day = from;
  let left = Math.max(0, days);
  for (let i = 0; left > 0 && i < days * 7 + 366; i++) {
    day = addDays(day, 1);
    if (calendar.isBusinessDay(day, country)) left -= 1;
  }
  return left === 0 && days > 0 ? day : nextBusinessDayFrom(from, country, calendar).date;
}

/**
 * Decides what each quote gets today: the latest note due (on or before today, on a business day
 * of the client's country), never one already sent, never after the quote was accepted, signed,
 * refused or marked expired, never while the prospect's reply pauses them (as for invoices); the
 * follow-up is dropped once the deadline has passed. One e-mail per quote, in the quote's thread.
 */
export function planQuotes(input: QuotePlanInput): QuotePlan {
  const { today, settings } = input;
  const calendar = memoizeCalendar(input.calendar ?? clientCalendar(settings));
  const countTestSends = settings.testMode;
  const notes = readNoteHistory(input.log, { countTestSends });
  const blocks = clientBlocker(
    today,
    settings,
    readHistory(input.log, { countTestSends, invoices: CLIENTS_ONLY }),
    input.recentExchanges ?? [],
  );
  const profiles = input.profiles ?? new Map<string, ClientProfile>();
  const rowErrors = new Map(
    input.rowErrors.flatMap((e) => (e.invoiceNumber === null ? [] : [[e.invoiceNumber, e]])),
  );

  const emails: PlannedNote[] = [];
  const decisions: QuoteDecision[] = [];
  for (const quote of input.quotes) {
    const skip = (reason: QuoteSkipReason, next: QuoteStageDate | null = null) =>
      decisions.push({
        number: quote.number,
        state: 'skipped',
        reason,
        nextStage: next?.stage ?? null,
        nextDate: next?.date ?? null,
      });
    const rowError = rowErrors.get(quote.number);
    if (rowError) {
      skip({ code: 'row_error', row: rowError.row, message: rowError.message });
      continue;
    }
    if (quote.status !== 'open') {
      skip({ code: 'quote_closed', status: quote.status });
      continue;
    }
    const profile = profileOf(quote.clientKey, profiles);
    const country = quote.country ?? settings.country;
    const record = notes.of(quote.number);
    const ahead = scheduleQuote(
      quote,
      settings.quoteTiming[profile.segment],
      country,
      calendar,
    ).filter(
      (s) =>
        !record.done.has(s.stage) &&
        !record.done.has('q_expired') &&
        !(s.stage === 'q_follow' && today > quote.validUntil),
    );
    if (ahead.length === 0) {
      skip({ code: 'sequence_done' });
      continue;
    }
    if (record.pendingSince !== null) {
      skip({ code: 'pending_unconfirmed' });
      continue;
    }
    const block: Block | null = blocks(quote.clientKey, rowGroup(quote.emails));
    if (block) {
      const after = block.until === null ? null : addDays(block.until, 1);
      const next = after === null ? null : (ahead.find((s) => s.date >= after) ?? null);
      skip(block.reason as QuoteSkipReason, next);
      continue;
    }
    const due = ahead.filter((s) => s.date <= today).pop();
    if (due && daysBetween(due.date, today) > QUOTE_NOTE_LATE_DAYS) {
      skip({ code: 'quote_note_late', stage: due.stage, due: due.date });
      continue;
    }
    if (!due) {
      const first = ahead[0] as QuoteStageDate;
      decisions.push({
        number: quote.number,
        state: 'waiting',
        nextStage: first.stage,
        nextDate: first.date,
      });
      continue;
    }
    if (!calendar.isBusinessDay(today, country)) {
      const date = nextBusinessDayFrom(addDays(today, 1), country, calendar).date;
      decisions.push({
        number: quote.number,
        state: 'waiting',
        nextStage: due.stage,
        nextDate: date,
      });
      continue;
    }
    decisions.push({ number: quote.number, state: 'planned', stage: due.stage });
    emails.push({
      kind: 'email',
      // Notes name their own dates (the instalment's, the quote's deadline); no ladder step follows.
      nextStepOn: null,
      clientKey: quote.clientKey,
      client: quote.client,
      to: quote.emails,
      cc: quote.cc,
      segment: profile.segment,
      keyAccount: profile.keyAccount,
      language: quote.language ?? settings.language,
      invoices: [{ invoice: quoteAsInvoice(quote), stage: due.stage, daysOverdue: 0 }],
      threadId: record.threadId,
      priority: 0,
      messageKey: messageKey(`${quote.clientKey}\n${quote.number}`, due.stage, today),
      stage: due.stage,
    });
  }
  return { today, emails, decisions };
}
