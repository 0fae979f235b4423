import { addDays, type CalendarDate } from '../calendar-date.ts';
import type { Invoice } from '../invoice.ts';
import { type Folded, foldedNumbers, foldInvoiceNumber } from '../invoice-number-key.ts';
import { isPaid } from '../profiles.ts';
import type { PaymentPlan } from './payment-plan.ts';

/** One instalment after the payments were allocated to the plan's instalments in order. */
export interface InstalmentStanding {
  readonly index: number;
  readonly date: CalendarDate;
  readonly amountCents: number;
  readonly paidCents: number;
  /** What is still expected for this instalment. */
  readonly dueCents: number;
  /** The last day it may be paid before the plan breaks. */
  readonly lastDay: CalendarDate;
}

export type PlanState =
  /** Every instalment paid so far on time (or within the grace days), some still to come. */
  | { readonly kind: 'kept' }
  /** All instalments paid, or every invoice of the plan paid. */
  | { readonly kind: 'completed' }
  /** An instalment was still unpaid after its grace days: the sequence resumes. */
  | { readonly kind: 'broken'; readonly on: CalendarDate; readonly index: number };

export interface PlanStanding {
  readonly plan: PaymentPlan;
  readonly instalments: readonly InstalmentStanding[];
  /** Paid since the plan was made, across its invoices. */
  readonly paidCents: number;
  readonly state: PlanState;
}

/**
 * What has been paid since the plan was made, read from the amount-paid column of its invoices
 * (an invoice marked paid counts in full), allocated to the instalments in date order: the
 * first instalment is covered before anything goes to the second.
 */
export function allocatePayments(
  plan: PaymentPlan,
  paidSinceStartCents: number,
): InstalmentStanding[] {
  let left = Math.max(0, paidSinceStartCents);
  return plan.instalments.map((instalment, index) => {
    const paidCents = Math.min(instalment.amountCents, left);
    left -= paidCents;
    return {
      index,
      date: instalment.date,
      amountCents: instalment.amountCents,
      paidCents,
      dueCents: instalment.amountCents - paidCents,
      lastDay: addDays(instalment.date, plan.breakAfterDays),
    };
  });
}

/** The sum the plan's invoices show as paid today. */
function paidNowCents(plan: PaymentPlan, invoices: Folded<ReadonlyMap<string, Invoice>>): number {
  let paid = 0;
  for (const number of plan.invoiceNumbers) {
    const invoice = invoices.get(foldInvoiceNumber(number));
    if (!invoice) continue;
    paid += isPaid(invoice) ? invoice.amountCents : invoice.amountPaidCents;
  }
  return paid;
}

/** A break already recorded in the log: a broken plan stays broken, even if paid up later. */
export interface RecordedBreak {
  readonly on: CalendarDate;
  readonly index: number;
}

/**
 * Where a plan stands today: kept, completed, or broken on the day after the grace days of the
 * first instalment still unpaid by then (`breakAfterDays` after its date, default 10). Once
 * broken (`recorded`), it stays broken until its invoices are paid: the sequence has resumed.
 * `invoices` are by folded number (foldInvoiceNumber): the plan lists its numbers as typed when
 * it was made, and a number retyped since is still the plan's invoice.
 */
export function planStanding(
  plan: PaymentPlan,
  invoices: Folded<ReadonlyMap<string, Invoice>>,
  today: CalendarDate,
  recorded: RecordedBreak | null = null,
): PlanStanding {
  const paidCents = Math.max(0, paidNowCents(plan, invoices) - plan.paidAtStartCents);
  const instalments = allocatePayments(plan, paidCents);
  const listed = plan.invoiceNumbers.map((n) => invoices.get(foldInvoiceNumber(n)));
  const allPaid = listed.every((invoice) => invoice !== undefined && isPaid(invoice));
  if (allPaid || instalments.every((i) => i.dueCents === 0)) {
    return { plan, instalments, paidCents, state: { kind: 'completed' } };
  }
  if (recorded !== null && recorded.on <= today)
    return { plan, instalments, paidCents, state: { kind: 'broken', ...recorded } };
  const missed = instalments.find((i) => i.dueCents > 0 && today > i.lastDay);
  const state: PlanState = missed
    ? { kind: 'broken', on: addDays(missed.lastDay, 1), index: missed.index }
    : { kind: 'kept' };
  return { plan, instalments, paidCents, state };
}

/** The invoices whose sequence a kept plan suspends. */
export function suspendedInvoices(standings: readonly PlanStanding[]): Folded<Set<string>> {
  return foldedNumbers(
    standings.flatMap(({ plan, state }) => (state.kind === 'kept' ? plan.invoiceNumbers : [])),
  );
}
