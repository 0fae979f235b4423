import type { CustomerKind, Language } from './invoice.ts';
import type { PlanTiming } from './payment-plans/plan-timing.ts';
import type { QuoteTiming } from './quotes/quote-timing.ts';
import type { Segment } from './segment.ts';
import type { Stage } from './stage.ts';

/**
 * Offsets in signed days relative to the due date (negative = before it). `null` turns a stage
 * off for that segment. The same convention is used in code, settings and the README.
 */
export type StageOffsets = Readonly<Record<Stage, number | null>>;

/** Thresholds that turn a client's payment history into a segment. */
export interface SegmentThresholds {
  /** A paid invoice counts as late when paid more than this many days after its due date. */
  readonly lateGraceDays: number;
  /** Punctual: at most this share (0–1) of paid invoices late … */
  readonly punctualMaxLateShare: number;
  /** … and an average delay of at most this many days. */
  readonly punctualMaxAverageDaysLate: number;
  /** Chronically late: at least this share of paid invoices late … */
  readonly chronicMinLateShare: number;
  /** … or an average delay of at least this many days. */
  readonly chronicMinAverageDaysLate: number;
  /** High risk: an unpaid invoice more than this many days overdue (or a past formal notice). */
  readonly highRiskDaysOverdue: number;
  /** Key account: at least this share (0–1) of the amount billed over the last 12 months. */
  readonly keyAccountMinShare: number;
}

/** Which late-payment regime applies to an invoice (see governing-law.ts). */
export type Jurisdiction =
  | 'fr_b2b'
  | 'fr_b2c'
  | 'uk_b2b'
  | 'be_b2b'
  | 'de_b2b'
  | 'de_b2c'
  | 'eu_b2b'
  | 'none';

/** A reference interest rate that applies from a date until the next entry of the same series. */
export interface RatePoint {
  /**
   * `ecb_mro` (ECB main refinancing), `fr_legal_pro`, `fr_legal_consumer`, `boe_base`, `de_basis`
   * (Basiszinssatz), or `ncb_xx` (the central bank of an EU state outside the euro area).
   */
  readonly series: string;
  readonly from: string;
  /** Annual rate in percent, e.g. 2.15. */
  readonly percent: number;
  /** Where the value comes from, shown in the sidebar. */
  readonly source: string;
  /**
   * Last day the value is known to hold, when its source says no more (the default data's
   * central-bank rates: a later decision may have changed them). After it the series is unknown
   * until its next point, so late fees say so instead of guessing. Absent: the value holds until
   * the next point of the series (what a rate the user types means).
   */
  readonly until?: string;
}

export interface LateFeeSettings {
  /** A contractual rate (percent a year) that replaces the statutory default for B2B; null = statutory. */
  readonly contractRatePercent: number | null;
  /**
   * The user's own points. They are merged over the built-in history (core/rates/rate-history.ts)
   * and the fetched central-bank data, and win on the same series and day.
   */
  readonly rates: readonly RatePoint[];
}

export type AttachmentPolicy = 'send_without' | 'hold';

/** Header names that override automatic column detection, by logical field. */
export type ColumnOverrides = Readonly<Record<string, string>>;

export interface Settings {
  readonly version: 1;
  /** Language of the interface and of templates for clients whose row does not say. */
  readonly language: Language;
  readonly invoicesSheet: string | null;
  readonly columnOverrides: ColumnOverrides;
  /** The quotes tab the user picked in the Start guide; null = found by its name and headers. */
  readonly quotesSheet: string | null;
  /** The quotes tab's header overrides, by quote field (see core/quotes/quote-columns.ts). */
  readonly quoteColumnOverrides: ColumnOverrides;
  readonly senderName: string;
  /** Shown in templates as the contact for questions (phone or e-mail). */
  readonly senderContact: string;
  /** Optional company name, signed under the sender's name. */
  readonly senderCompany: string;
  readonly replyTo: string;
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  /** Hour of the day (0–23, script time zone) the daily trigger runs at. */
  readonly sendHour: number;
  /** ISO days of week (1 = Monday … 7 = Sunday) on which reminders may go out. */
  readonly businessDays: readonly number[];
  /** ISO 3166-1 alpha-2 country used when a row does not give one. */
  readonly country: string;
  /**
   * ISO 3166-1 alpha-2 country where the freelancer's business is established: its law governs the
   * invoices unless a row's "Loi applicable" / "Governing law" column names another (Rome I art. 4).
   */
  readonly establishment: string;
  /**
   * The kind of client of rows whose « Type » cell is blank or absent: businesses (`b2b`),
   * private individuals (`b2c`) or not said (`unknown`, the default: such rows get no statutory
   * late-payment claim until the user says).
   */
  readonly defaultCustomerKind: CustomerKind;
  /** Postal address printed at the top of a formal notice (several lines allowed); may be empty. */
  readonly senderAddress: string;
  /** Company registration number shown on a formal notice (SIRET in France); may be empty. */
  readonly senderRegistration: string;
  /** Add Good Friday and 26 December for French clients (Alsace-Moselle). */
  readonly alsaceMoselle: boolean;
  /** A client never gets two reminder e-mails fewer than this many days apart. */
  readonly minGapDays: number;
  /** Most reminder e-mails (pre_due, r1–r3) one invoice may receive. */
  readonly maxRemindersPerInvoice: number;
  /** After a client writes back, pause reminders this many days; 0 = until resumed by hand. */
  readonly pauseDaysAfterReply: number;
  /** An e-mail the user wrote to the client by hand within this many days pauses reminders too. */
  readonly recentManualEmailDays: number;
  /**
   * An invoice already this many days overdue or more with nothing ever done for it waits for
   * the user's decision instead of being chased; 0 = chase every invoice.
   */
  readonly oldDebtDays: number;
  readonly offsets: Readonly<Record<Segment, StageOffsets>>;
  /** Quote follow-ups' days, per segment like `offsets`. */
  readonly quoteTiming: Readonly<Record<Segment, QuoteTiming>>;
  /** Payment plans' note days and grace days, per segment like `offsets`. */
  readonly planTiming: Readonly<Record<Segment, PlanTiming>>;
  readonly thresholds: SegmentThresholds;
  readonly lateFees: LateFeeSettings;
  readonly attachmentPolicy: AttachmentPolicy;
  /** Every message goes to the user, marked as a test; nothing counts as sent to a client. */
  readonly testMode: boolean;
  /** The daily trigger is wanted (its actual presence is checked in ScriptApp). */
  readonly automation: boolean;
  /** E-mail the user a digest after a run that had failures. */
  readonly failureDigest: boolean;
}
