import type { CalendarDate } from './calendar-date.ts';
import type { Invoice, Language, RowError } from './invoice.ts';
import type { LimitationRule } from './limitation.ts';
import type { Segment } from './segment.ts';
import type { Stage } from './stage.ts';

/** Why an unpaid invoice gets nothing today. Every skip has one; the preview shows it. */
export type SkipReason =
  | { readonly code: 'paid' }
  | { readonly code: 'auto_pay' }
  | { readonly code: 'cancelled' }
  | { readonly code: 'disputed' }
  | { readonly code: 'on_hold' }
  | { readonly code: 'promise'; readonly until: CalendarDate }
  | {
      readonly code: 'client_replied';
      readonly on: CalendarDate;
      readonly until: CalendarDate | null;
    }
  | { readonly code: 'manual_email'; readonly on: CalendarDate; readonly until: CalendarDate }
  | { readonly code: 'do_not_contact' }
  | { readonly code: 'min_gap'; readonly lastOn: CalendarDate; readonly until: CalendarDate }
  | { readonly code: 'max_reminders'; readonly count: number }
  | { readonly code: 'sequence_done' }
  | { readonly code: 'held_by_user'; readonly until: CalendarDate | null }
  /**
   * A reminder of this invoice came back undelivered on `on` (a mail server's delivery failure in
   * its thread): nothing more goes to that address until the user fixes it and resumes.
   */
  | { readonly code: 'bounced'; readonly on: CalendarDate }
  | { readonly code: 'pending_unconfirmed' }
  /** The client was paused by hand (not after a reply): until resumed, or until a date. */
  | {
      readonly code: 'client_paused';
      readonly on: CalendarDate;
      readonly until: CalendarDate | null;
    }
  /**
   * Already long overdue with nothing ever done for it: waits for the user to start chasing it
   * (from r1) or to ignore it. Nothing is sent for it until then.
   */
  | { readonly code: 'old_debt'; readonly daysOverdue: number }
  /**
   * The limitation period of the claim has run out (core/limitation.ts): a court action is
   * time-barred, so nothing is sent or drafted that would threaten one or claim interest.
   */
  | { readonly code: 'time_barred'; readonly since: CalendarDate; readonly rule: LimitationRule }
  /** Another row of the sheet carries the same invoice number and could not be read. */
  | { readonly code: 'row_error'; readonly row: number; readonly message: string };

/** An invoice inside a planned action. */
export interface PlannedInvoice {
  readonly invoice: Invoice;
  /** The stage this invoice is at in this message (the message's stage is the most advanced). */
  readonly stage: Stage;
  readonly daysOverdue: number;
}

/** What every planned action says about its client and invoices. */
interface PlannedAction {
  readonly clientKey: string;
  readonly client: string;
  readonly to: readonly string[];
  readonly segment: Segment;
  readonly keyAccount: boolean;
  readonly language: Language;
  readonly invoices: readonly PlannedInvoice[];
  /** Gmail thread to continue: the one of the most advanced invoice, if it has one. */
  readonly threadId: string | null;
  /** Balance overdue in cents, summed across currencies for ordering only. */
  readonly priority: number;
  /** Stable key for idempotency and reconciliation (client, stage, date). */
  readonly messageKey: string;
  /**
   * The day of the next step once this one is done today (the earliest among the listed
   * invoices), by the same rule as the run: a deadline a message states agrees with it. Null
   * when nothing follows.
   */
  readonly nextStepOn: CalendarDate | null;
  /**
   * Reminder e-mails (r1, r2, r3) that really reached the client for each listed invoice, the
   * fewest among them: a stage the user skipped sent nothing, and in live mode a test sent to the
   * user is not a reminder. What the message may say about earlier reminders. Absent outside the
   * planner (a preview without history): nothing is claimed, nothing is checked.
   */
  readonly remindersSent?: number;
  /** The steps ahead of every listed invoice once this one is done (absent: none announced). */
  readonly stepsAhead?: StepsAhead;
}

/**
 * The steps still in the ladder of every invoice of a message, with the day each would come (the
 * earliest among the invoices); null when one of them will not get it.
 */
export interface StepsAhead {
  /**
   * The next step of any kind (a reminder, the call, the formal notice): what "the procedure
   * goes on" rests on. Null when one listed invoice has nothing ahead (every later stage switched
   * off, or the cap of reminders per invoice reached with no call or notice after it).
   */
  readonly next: CalendarDate | null;
  readonly call: CalendarDate | null;
  readonly notice: CalendarDate | null;
}

/** One reminder e-mail to one client, listing every invoice due a reminder that day. */
export interface PlannedEmail extends PlannedAction {
  readonly kind: 'email';
  readonly cc: readonly string[];
  readonly stage: Stage;
}

/** A formal-notice Gmail draft (stage `notice`) or a phone-call task (stage `call`). */
export interface PlannedFollowUp extends PlannedAction {
  readonly kind: 'draft' | 'task';
  readonly stage: 'call' | 'notice';
}

/** Where one unpaid invoice stands after planning. */
export type InvoiceDecision =
  | {
      readonly number: string;
      readonly state: 'planned';
      readonly stage: Stage;
      readonly postponedFrom: CalendarDate | null;
      /** The holiday that moved the stage, when one did (for "postponed for a holiday"). */
      readonly holiday?: string | null;
    }
  | {
      readonly number: string;
      readonly state: 'waiting';
      readonly nextStage: Stage;
      readonly nextDate: CalendarDate;
    }
  | {
      readonly number: string;
      readonly state: 'skipped';
      readonly reason: SkipReason;
      readonly nextStage: Stage | null;
      readonly nextDate: CalendarDate | null;
    };

export interface Plan {
  readonly today: CalendarDate;
  readonly emails: readonly PlannedEmail[];
  readonly followUps: readonly PlannedFollowUp[];
  /** One entry per valid invoice, paid ones included (state `skipped`, reason `paid`). */
  readonly decisions: readonly InvoiceDecision[];
  readonly rowErrors: readonly RowError[];
}
