import { addDays, type CalendarDate, daysBetween } from '../calendar-date.ts';
import type { Invoice } from '../invoice.ts';
import { isDatable } from './payment-timing.ts';

/** Windows after the due date, in days. */
export const RECOVERY_WINDOWS = [30, 60, 90] as const;
export type RecoveryWindow = (typeof RECOVERY_WINDOWS)[number];

export interface RecoveryWindowFigure {
  readonly days: RecoveryWindow;
  /** Amount of the month's overdue invoices paid within `days` days after their due date. */
  readonly collectedCents: number;
  readonly collectedCount: number;
  /**
   * collectedCents / overdueCents, or null while the window has not ended for every invoice of
   * the month (the share would still grow) or when nothing was overdue.
   */
  readonly rate: number | null;
}

export interface RecoveryMonth {
  /** Month of the due dates, `YYYY-MM`. */
  readonly month: string;
  /** Invoices of the month still unpaid the day after their due date, and their amount. */
  readonly overdueCount: number;
  readonly overdueCents: number;
  readonly windows: readonly RecoveryWindowFigure[];
}

/**
 * Recovery rate at N days, by month of due date. The term has no standard definition; ours: of
 * the amount overdue at the due date (invoices not paid on or before it), the share collected
 * within N days after it (paid date ≤ due date + N). The amounts are the invoices' full amounts,
 * in one currency (the caller groups by currency).
 *
 * A month's N-day rate is given only once N days have passed after its last day, so the three
 * rates of a month are computed on the same invoices and never decrease with N. Rows that cannot
 * be placed in time (cancelled, settled without a paid date) are left out.
 *
 * `months` are the `YYYY-MM` months reported, oldest first.
 */
export function recoveryByMonth(
  invoices: readonly Invoice[],
  months: readonly string[],
  asOf: CalendarDate,
): RecoveryMonth[] {
  const byMonth = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    if (!isDatable(invoice) || invoice.dueDate >= asOf) continue;
    if (invoice.paidDate !== null && invoice.paidDate <= invoice.dueDate) continue;
    const month = invoice.dueDate.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(invoice);
    else byMonth.set(month, [invoice]);
  }
  return months.map((month) => {
    const overdue = byMonth.get(month) ?? [];
    const overdueCents = overdue.reduce((sum, i) => sum + i.amountCents, 0);
    const lastDay = lastDayOfMonth(month);
    return {
      month,
      overdueCount: overdue.length,
      overdueCents,
      windows: RECOVERY_WINDOWS.map((days) => {
        const collected = overdue.filter(
          (i) => i.paidDate !== null && daysBetween(i.dueDate, i.paidDate) <= days,
        );
        const collectedCents = collected.reduce((sum, i) => sum + i.amountCents, 0);
        const ended = addDays(lastDay, days) < asOf;
        return {
          days,
          collectedCents,
          collectedCount: collected.length,
          rate: ended && overdueCents > 0 ? collectedCents / overdueCents : null,
        };
      }),
    };
  });
}

/** The `count` months ending with the month of `asOf`, oldest first (`YYYY-MM`). */
export function monthsEndingWith(asOf: CalendarDate, count: number): string[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  const result: string[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const index = year * 12 + (month - 1) - k;
    result.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return result;
}

export function firstDayOfMonth(month: string): CalendarDate {
  return `${month}-01` as CalendarDate;
}

export function lastDayOfMonth(month: string): CalendarDate {
  const [next] = monthsEndingWith(addDays(firstDayOfMonth(month), 31), 1);
  return addDays(firstDayOfMonth(next as string), -1);
}
