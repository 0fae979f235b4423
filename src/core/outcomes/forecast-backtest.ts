import { addDays, type CalendarDate } from '../calendar-date.ts';
import type { Invoice } from '../invoice.ts';
import { cashInForecast } from './cash-in-forecast.ts';
import { paymentBehaviour } from './payment-behaviour.ts';
import { isDatable, unpaidCentsOn } from './payment-timing.ts';

/** How far back the forecast is replayed, in weeks. */
export const BACKTEST_WEEKS = [4, 8] as const;

export interface BacktestWeek {
  readonly start: CalendarDate;
  readonly forecastCents: number;
  readonly actualCents: number;
}

export interface Backtest {
  /** The day the forecast is replayed from, `weeks` weeks before the statistics' day. */
  readonly madeOn: CalendarDate;
  readonly weeks: number;
  readonly byWeek: readonly BacktestWeek[];
  readonly forecastCents: number;
  readonly actualCents: number;
  /** Σ |forecast − actual| over the weeks. */
  readonly absoluteErrorCents: number;
  /**
   * Weighted absolute percentage error: absoluteErrorCents / actualCents (0 = every week right,
   * 1 = off by as much as was paid). Null when nothing was paid in the weeks.
   */
  readonly error: number | null;
}

/**
 * The forecast as it would have been made `weeks` weeks before `asOf`, on what the sheet knew
 * then, against what was paid in each of those weeks. "Known then": invoices issued by that day
 * (an invoice with no issue date counts from 30 days before its due date), unpaid that day, and
 * the payments dated on or before it for the clients' lateness. Promises are left out (the sheet
 * keeps only the latest one, not the day it was made).
 */
export function backtestForecast(
  invoices: readonly Invoice[],
  asOf: CalendarDate,
  weeks: number,
  segmentOf: (clientKey: string) => string,
  /** Whose payments teach the lateness (every currency: days late have no currency). */
  history: readonly Invoice[] = invoices,
): Backtest {
  const madeOn = addDays(asOf, -7 * weeks);
  const knownOn = (i: Invoice) =>
    isDatable(i) && (i.issueDate ?? addDays(i.dueDate, -30)) <= madeOn;
  const known = invoices.filter(knownOn);
  const behaviour = paymentBehaviour(history.filter(knownOn), madeOn, segmentOf);
  const forecast = cashInForecast(known, behaviour, madeOn, {
    weeks,
    usePromises: false,
  });
  const byWeek = forecast.weeks.map((week) => {
    let actualCents = 0;
    for (const invoice of known) {
      const paid = invoice.paidDate;
      if (paid === null || paid < week.start || paid > week.end) continue;
      actualCents += unpaidCentsOn(invoice, madeOn);
    }
    return {
      start: week.start,
      forecastCents: week.likelyCents + week.atRiskCents,
      actualCents,
    };
  });
  const forecastCents = byWeek.reduce((s, w) => s + w.forecastCents, 0);
  const actualCents = byWeek.reduce((s, w) => s + w.actualCents, 0);
  const absoluteErrorCents = byWeek.reduce(
    (s, w) => s + Math.abs(w.forecastCents - w.actualCents),
    0,
  );
  return {
    madeOn,
    weeks,
    byWeek,
    forecastCents,
    actualCents,
    absoluteErrorCents,
    error: actualCents > 0 ? absoluteErrorCents / actualCents : null,
  };
}
