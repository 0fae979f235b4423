import type { Segment } from '../segment.ts';

/** When a quote's two notes go out, for one client segment. */
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
 * sending), then one note 2 business days after it, then nothing. The same for every segment
 * until someone has a reason to differ; the table is per segment like the invoice offsets.
 */
const STANDARD: QuoteTiming = {
  followDaysBefore: 5,
  expiredBusinessDaysAfter: 2,
  minDaysSinceSent: 5,
};

export const DEFAULT_QUOTE_TIMING: Readonly<Record<Segment, QuoteTiming>> = {
  new: STANDARD,
  punctual: STANDARD,
  occasional: STANDARD,
  chronic: STANDARD,
  high_risk: STANDARD,
};
