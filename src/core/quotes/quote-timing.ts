/** When a quote's two notes go out, for one client segment (settings `quoteTiming`). */
export interface QuoteTiming {
  /** Days before the acceptance deadline for the follow-up (`q_follow`); null = none. */
  readonly followDaysBefore: number | null;
  /** Business days after the deadline for the expiry note (`q_expired`); null = none. */
  readonly expiredBusinessDaysAfter: number | null;
  /** No follow-up for a quote sent fewer than this many days before the follow-up's day. */
  readonly minDaysSinceSent: number;
}

/**
 * The guides' rhythm: a follow-up about 5 days before the deadline (never within 5 days of
 * sending), then one note 2 business days after it, then nothing. Every segment starts with it;
 * the user changes it per segment in the settings like the invoices' offsets.
 */
export const STANDARD_QUOTE_TIMING: QuoteTiming = {
  followDaysBefore: 5,
  expiredBusinessDaysAfter: 2,
  minDaysSinceSent: 5,
};
