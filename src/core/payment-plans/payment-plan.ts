import type { CalendarDate } from '../calendar-date.ts';

/** One part of a payment plan: what the client agreed to pay, and when. */
export interface Instalment {
  readonly date: CalendarDate;
  readonly amountCents: number;
}

/**
 * A payment schedule (échéancier) agreed with a client for one invoice or several of its
 * overdue invoices. While it is kept, the invoices' reminder sequence is suspended and each
 * instalment gets its own note and reminder; payments are read from the invoices' amount-paid
 * column and go to the instalments in order.
 */
export interface PaymentPlan {
  /** Lower-case letters and digits: it appears in the message keys of the instalments' notes. */
  readonly id: string;
  readonly clientKey: string;
  readonly client: string;
  readonly invoiceNumbers: readonly string[];
  readonly currency: string;
  readonly createdOn: CalendarDate;
  /** What the invoices' amount-paid cells added up to when the plan was made. */
  readonly paidAtStartCents: number;
  readonly instalments: readonly Instalment[];
  /** An instalment still unpaid this many days after its date breaks the plan. */
  readonly breakAfterDays: number;
  /** Cancelled by the user in the plans tab: the plan no longer exists for the run. */
  readonly cancelled: boolean;
}

/** Default days of grace after an instalment's date before the plan is broken. */
export const DEFAULT_BREAK_AFTER_DAYS = 10;

const PLAN_ID = /^[a-z0-9]{1,24}$/;

export function isPlanId(text: string): boolean {
  return PLAN_ID.test(text);
}

/** A new plan's id: the day and a few random letters, e.g. `p20260302k7q2`. */
export function newPlanId(today: CalendarDate, random: () => number): string {
  const suffix = Array.from({ length: 4 }, () => Math.floor(random() * 36).toString(36)).join('');
  return `p${today.replace(/-/g, '')}${suffix}`;
}
