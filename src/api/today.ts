import type { CalendarDate } from '../core/calendar-date.ts';
import type { Language } from '../core/invoice.ts';
import type { SkipReason } from '../core/plan.ts';
import type { Segment } from '../core/segment.ts';
import type { NoteStage, Stage } from '../core/stage.ts';
import type { RunSummary } from './automation.ts';
import type { LocalizedText, Money } from './localized-text.ts';
import type { TodayPlan, TodayQuote } from './notes-today.ts';

export type { SkipReason } from '../core/plan.ts';

/** One invoice inside a planned message, with what it still owes. */
export interface TodayInvoice {
  readonly number: string;
  readonly balance: Money;
  readonly dueDate: CalendarDate;
  readonly daysOverdue: number;
  readonly stage: Stage;
  /** Set when the stage fell on a weekend or public holiday and moved to today. */
  readonly postponedFrom: CalendarDate | null;
}

/** A reminder e-mail the next run will send to one client. */
export interface TodayEmail {
  readonly clientKey: string;
  readonly client: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly stage: Stage;
  readonly segment: Segment;
  readonly keyAccount: boolean;
  readonly language: Language;
  /** Rendered subject, or null when the template could not be rendered (see templateError). */
  readonly subject: string | null;
  readonly templateError: string | null;
  /** Set when no template exists in the client's language: the message goes wholly in this one. */
  readonly sentIn: Language | null;
  readonly invoices: readonly TodayInvoice[];
}

/** A formal-notice draft or a phone-call task waiting for the user. */
export interface TodayFollowUp {
  readonly kind: 'draft' | 'task';
  readonly clientKey: string;
  readonly client: string;
  readonly to: readonly string[];
  readonly stage: 'call' | 'notice';
  readonly invoices: readonly TodayInvoice[];
  /** Why the run would not make it today (its template cannot be rendered); null when it would. */
  readonly templateError: string | null;
}

/** An unpaid invoice that gets nothing today, and why. Paid invoices are left out. */
export interface TodaySkip {
  readonly number: string;
  readonly client: string;
  readonly clientKey: string;
  readonly reason: SkipReason;
  /**
   * Why, as the status columns' note says it (src/core/texts/skip-reason-text.ts), in both
   * languages: the interface may be switched to the other one.
   */
  readonly reasonText: LocalizedText;
  readonly nextStage: Stage | null;
  readonly nextDate: CalendarDate | null;
}

/**
 * A client's automatic reply (out of office) to a reminder in the last two weeks: information (an
 * absence may explain a silence); it pauses nothing.
 */
export interface TodayAutoReply {
  readonly clientKey: string;
  readonly client: string;
  readonly on: CalendarDate;
  /** « Réponse automatique de … le … : « … » », in both languages. */
  readonly text: LocalizedText;
}

/** A row of the invoices tab that needs the user's attention. */
export interface TodayRowProblem {
  readonly row: number;
  readonly invoiceNumber: string | null;
  /** In both languages: the interface may be switched to the other one. */
  readonly message: LocalizedText;
}

/** What the daily run would do on one day of the coming week. */
export interface ForecastDay {
  readonly date: CalendarDate;
  readonly emails: number;
  readonly followUps: number;
  readonly clients: readonly string[];
}

/** The lists of the Today view that a large book makes long: the view carries their first items. */
export type TodayListName = 'emails' | 'followUps' | 'oldDebts' | 'skips';

/** How many items each list has in all (the view may carry fewer: see getTodayPage). */
export type TodayTotals = Readonly<Record<TodayListName, number>>;

/** The next items of one list ("show more"). */
export interface TodayPageRequest {
  readonly list: TodayListName;
  /** Index of the first item wanted. */
  readonly offset: number;
}

export type TodayPage = {
  readonly offset: number;
  readonly total: number;
} & (
  | { readonly list: 'emails'; readonly items: readonly TodayEmail[] }
  | { readonly list: 'followUps'; readonly items: readonly TodayFollowUp[] }
  | { readonly list: 'oldDebts'; readonly items: readonly TodaySkip[] }
  | { readonly list: 'skips'; readonly items: readonly TodaySkip[] }
);

/** Everything the Today view shows. */
export interface TodayView {
  readonly today: CalendarDate;
  readonly testMode: boolean;
  /** Settings' old-debt limit: invoices more overdue than this, never chased, wait for the user. */
  readonly oldDebtDays: number;
  /** The first items of each list; `totals` says how many there are in all. */
  readonly emails: readonly TodayEmail[];
  readonly followUps: readonly TodayFollowUp[];
  /** Unpaid invoices older than `oldDebtDays`, never chased: they wait for the user's word. */
  readonly oldDebts: readonly TodaySkip[];
  readonly skips: readonly TodaySkip[];
  readonly totals: TodayTotals;
  readonly rowProblems: readonly TodayRowProblem[];
  /**
   * Unpaid invoices whose client kind is not known (no « Type » cell, and the settings' default
   * kind is "not said"): no statutory late fee is claimed for them, which the view says once.
   */
  readonly unknownClientKind: number;
  /** Automatic replies of clients still owing, latest first. */
  readonly autoReplies: readonly TodayAutoReply[];
  /** The next 7 days after today. */
  readonly forecast: readonly ForecastDay[];
  readonly lastRun: RunSummary | null;
  /** The quotes tab's follow-ups; absent when the spreadsheet has no quotes tab. */
  readonly quotes?: readonly TodayQuote[];
  /** Payment plans, kept ones first. */
  readonly plans?: readonly TodayPlan[];
}

export interface HoldInvoiceRequest {
  readonly invoiceNumber: string;
  /** Hold until this day (inclusive); null holds until the user resumes. */
  readonly until: CalendarDate | null;
}

export interface InvoiceRequest {
  readonly invoiceNumber: string;
}

/**
 * The user's word on an old unpaid invoice (skip reason `old_debt`): chase it from the first
 * reminder, from today on, or ignore it (held until the user resumes it).
 */
export interface OldDebtRequest {
  readonly invoiceNumber: string;
  readonly decision: 'chase' | 'ignore';
}

export interface ClientRequest {
  readonly clientKey: string;
  /**
   * The invoices of the card or line acted on: which of the people bearing the name the action
   * is about (their recipient group). Without it, the action is about every row of the name.
   */
  readonly invoiceNumbers?: readonly string[];
}

/**
 * What "run now" would do at this moment, asked before a live run so the user confirms the list
 * (the same e-mails and follow-ups Today shows, read afresh).
 */
export interface RunNowPreview {
  readonly testMode: boolean;
  readonly emails: readonly TodayEmail[];
  /** Quote follow-ups and instalment notes: e-mails to clients too. */
  readonly notes: readonly RunNowNote[];
  readonly followUps: readonly TodayFollowUp[];
}

/** A quote follow-up or instalment note a run started now would send. */
export interface RunNowNote {
  readonly clientKey: string;
  readonly client: string;
  readonly stage: NoteStage;
  readonly to: readonly string[];
  /** The quote's number, or the invoice numbers of the instalment. */
  readonly documents: readonly string[];
}

/** What "run now" did. */
export interface RunNowResult {
  readonly summary: RunSummary;
  readonly today: TodayView;
}
