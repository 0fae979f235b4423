import { addDays, type CalendarDate, daysBetween, minDate } from '../calendar-date.ts';
import type { Invoice } from '../invoice.ts';
import { billedOn, isDatable, receivableCentsOn } from './payment-timing.ts';
import { firstDayOfMonth, lastDayOfMonth } from './recovery-rate.ts';

/**
 * Days sales outstanding and its split, for one currency over a period ending on `end`
 * (Credit Research Foundation definitions):
 * - DSO = ending total receivables × days in period / credit sales of the period;
 * - best possible DSO = ending current (not yet due) receivables × days / credit sales;
 * - average days delinquent (ADD) = DSO − best possible DSO.
 * All three are null when nothing was billed in the period.
 */
export interface DsoFigures {
  readonly days: number;
  readonly creditSalesCents: number;
  readonly receivablesCents: number;
  readonly currentCents: number;
  readonly dso: number | null;
  readonly bestPossibleDso: number | null;
  readonly averageDaysDelinquent: number | null;
}

export function dsoFigures(
  invoices: readonly Invoice[],
  end: CalendarDate,
  days: number,
): DsoFigures {
  const start = addDays(end, 1 - days);
  let creditSalesCents = 0;
  let receivablesCents = 0;
  let currentCents = 0;
  for (const invoice of invoices) {
    if (!isDatable(invoice)) continue;
    const billed = billedOn(invoice);
    if (billed >= start && billed <= end) creditSalesCents += invoice.amountCents;
    const receivable = receivableCentsOn(invoice, end);
    receivablesCents += receivable;
    if (invoice.dueDate >= end) currentCents += receivable;
  }
  const ratio = (cents: number): number | null =>
    creditSalesCents > 0 ? round1((cents * days) / creditSalesCents) : null;
  const dso = ratio(receivablesCents);
  const bestPossibleDso = ratio(currentCents);
  return {
    days,
    creditSalesCents,
    receivablesCents,
    currentCents,
    dso,
    bestPossibleDso,
    averageDaysDelinquent:
      dso === null || bestPossibleDso === null ? null : round1(dso - bestPossibleDso),
  };
}

/** One month's collection effectiveness, with the amounts it is computed from. */
export interface CeiMonth {
  readonly month: string;
  /** The month is not over yet: its figures stop at the day of the statistics. */
  readonly partial: boolean;
  readonly beginningCents: number;
  readonly creditSalesCents: number;
  readonly endingCents: number;
  readonly endingCurrentCents: number;
  /** Percent, or null when nothing was receivable in the month. */
  readonly cei: number | null;
}

/**
 * Collection effectiveness index (Credit Research Foundation), per month:
 * (beginning receivables + credit sales − ending total receivables)
 * / (beginning receivables + credit sales − ending current receivables) × 100.
 * 100 means everything that could be collected was; the current month ends on `asOf`.
 */
export function ceiByMonth(
  invoices: readonly Invoice[],
  months: readonly string[],
  asOf: CalendarDate,
): CeiMonth[] {
  return months.map((month) => {
    const first = firstDayOfMonth(month);
    const last = lastDayOfMonth(month);
    const end = minDate(last, asOf);
    const sales = dsoFigures(invoices, end, daysBetween(first, end) + 1);
    const dayBefore = addDays(first, -1);
    const beginningCents = invoices.reduce((sum, i) => sum + receivableCentsOn(i, dayBefore), 0);
    const collectible = beginningCents + sales.creditSalesCents - sales.currentCents;
    const collected = beginningCents + sales.creditSalesCents - sales.receivablesCents;
    return {
      month,
      partial: end < last,
      beginningCents,
      creditSalesCents: sales.creditSalesCents,
      endingCents: sales.receivablesCents,
      endingCurrentCents: sales.currentCents,
      cei: collectible > 0 ? round1((collected / collectible) * 100) : null,
    };
  });
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
