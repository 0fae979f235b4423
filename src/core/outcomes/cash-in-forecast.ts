import { addDays, type CalendarDate, daysBetween, maxDate } from '../calendar-date.ts';
import type { Invoice } from '../invoice.ts';
import type { LatenessSource, PaymentBehaviour } from './payment-behaviour.ts';
import { isDatable, unpaidCentsOn } from './payment-timing.ts';

export const FORECAST_WEEKS = 8;
/** A client whose payments spread wider than this (standard deviation, days) is unpredictable. */
export const WIDE_SPREAD_DAYS = 15;
/** Overdue beyond this, and beyond the client's usual lateness + 2 spreads: not expected soon. */
export const DOUBTFUL_DAYS_OVERDUE = 90;

/**
 * A payment the user has agreed with the client, by instalments (payment plans):
 * `ForecastOptions.scheduledPayments` returns an invoice's share of its kept plan's instalments
 * (payment-plans/scheduled-payments.ts) and they take precedence over any promise or habit.
 */
export interface ScheduledPayment {
  readonly date: CalendarDate;
  readonly cents: number;
}

export type ExpectationBasis = 'plan' | 'promise' | LatenessSource;

export type RiskReason =
  | 'wide_spread'
  | 'later_than_usual'
  | 'broken_promise'
  | 'no_history'
  | 'on_hold'
  | 'missed_instalment';

export interface ExpectedPayment {
  readonly invoiceNumber: string;
  readonly client: string;
  readonly cents: number;
  readonly expected: CalendarDate;
  readonly basis: ExpectationBasis;
  /** Null when the payment is likely. */
  readonly risk: RiskReason | null;
}

export interface ForecastWeek {
  /** First and last day of the week (7 days from the forecast's day). */
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly likelyCents: number;
  readonly atRiskCents: number;
  /** The payments behind the bar, largest first (the largest only, once shortened for a view). */
  readonly payments: readonly ExpectedPayment[];
  /** How many payments are behind the bar, whether or not all are listed. */
  readonly paymentCount: number;
}

export interface CashInForecast {
  readonly madeOn: CalendarDate;
  readonly weeks: readonly ForecastWeek[];
  /** Expected after the last week. */
  readonly laterCents: number;
  readonly laterCount: number;
  /** Long overdue and well past the client's habit: not counted on (largest first). */
  readonly doubtful: readonly ExpectedPayment[];
  readonly doubtfulCents: number;
  readonly doubtfulCount: number;
  /** Disputed: nothing is expected until the dispute is settled. */
  readonly disputedCents: number;
  readonly disputedCount: number;
}

export interface ForecastOptions {
  readonly weeks?: number;
  /** False for a backtest: the sheet keeps only the latest promise, not when it was made. */
  readonly usePromises?: boolean;
  readonly scheduledPayments?: (invoice: Invoice) => readonly ScheduledPayment[] | null;
}

/**
 * When the money of the invoices unpaid on `madeOn` should come in, week by week, in one
 * currency (the caller groups by currency). Each invoice is expected, in this order of precedence:
 * 1. on the dates of its kept payment plan's instalments;
 * 2. on its promise-to-pay date, when one is set and not passed;
 * 3. on its due date shifted by its client's mean lateness (the segment's, then the whole book's,
 *    when the client has fewer than 3 paid invoices), rounded to the day, never before `madeOn`.
 * It is at risk rather than likely when the lateness it relies on spreads wider than 15 days,
 * when the invoice is already later than the client's mean + one spread, when a promise was broken
 * (its date passed unpaid), when no payment history exists at all, or when it is on hold.
 * Disputed invoices are set aside; invoices over 90 days overdue and later than the client's mean
 * + two spreads are "doubtful" and not placed in a week.
 */
export function cashInForecast(
  invoices: readonly Invoice[],
  behaviour: PaymentBehaviour,
  madeOn: CalendarDate,
  options: ForecastOptions = {},
): CashInForecast {
  const weeks = options.weeks ?? FORECAST_WEEKS;
  const usePromises = options.usePromises ?? true;
  const horizonEnd = addDays(madeOn, weeks * 7 - 1);
  const placed: ExpectedPayment[] = [];
  const doubtful: ExpectedPayment[] = [];
  let disputedCents = 0;
  let disputedCount = 0;
  for (const invoice of invoices) {
    const cents = unpaidCentsOn(invoice, madeOn);
    if (cents <= 0 || !isDatable(invoice)) continue;
    if (invoice.status === 'disputed' && invoice.paidDate === null) {
      disputedCents += cents;
      disputedCount += 1;
      continue;
    }
    const planned = options.scheduledPayments?.(invoice) ?? null;
    // An empty list: the plan's earlier instalments cover this invoice's share, not its habit.
    if (planned !== null) {
      for (const instalment of planned) {
        const missed = instalment.date < madeOn;
        placed.push({
          invoiceNumber: invoice.number,
          client: invoice.client,
          cents: instalment.cents,
          expected: maxDate(instalment.date, madeOn),
          basis: 'plan',
          risk: missed ? 'missed_instalment' : null,
        });
      }
      continue;
    }
    const expectation = expectationOf(invoice, behaviour, madeOn, usePromises);
    const payment: ExpectedPayment = {
      invoiceNumber: invoice.number,
      client: invoice.client,
      cents,
      ...expectation.payment,
    };
    if (expectation.doubtful) doubtful.push(payment);
    else placed.push(payment);
  }
  const weekList: ForecastWeek[] = [];
  for (let k = 0; k < weeks; k++) {
    const start = addDays(madeOn, 7 * k);
    const end = addDays(start, 6);
    const payments = placed
      .filter((p) => p.expected >= start && p.expected <= end)
      .sort(largestFirst);
    weekList.push({
      start,
      end,
      likelyCents: sum(payments.filter((p) => p.risk === null)),
      atRiskCents: sum(payments.filter((p) => p.risk !== null)),
      payments,
      paymentCount: payments.length,
    });
  }
  const later = placed.filter((p) => p.expected > horizonEnd);
  return {
    madeOn,
    weeks: weekList,
    laterCents: sum(later),
    laterCount: later.length,
    doubtful: doubtful.sort(largestFirst),
    doubtfulCents: sum(doubtful),
    doubtfulCount: doubtful.length,
    disputedCents,
    disputedCount,
  };
}

function largestFirst(a: ExpectedPayment, b: ExpectedPayment): number {
  return b.cents - a.cents || a.invoiceNumber.localeCompare(b.invoiceNumber);
}

/**
 * The forecast with each week's payments and the doubtful ones cut to the `max` largest: what a
 * view lists, with the totals and counts of the whole. At 20,000 invoices the full lists are
 * about a megabyte of JSON for a sidebar that shows a few lines per week.
 *
 * @example
 * shortenedForecast(forecast, 25).weeks[0]
 * //=> { …, payments: [the 25 largest], paymentCount: 412 }
 */
export function shortenedForecast(forecast: CashInForecast, max: number): CashInForecast {
  return {
    ...forecast,
    weeks: forecast.weeks.map((week) => ({ ...week, payments: week.payments.slice(0, max) })),
    doubtful: forecast.doubtful.slice(0, max),
  };
}

interface Expectation {
  readonly payment: Pick<ExpectedPayment, 'expected' | 'basis' | 'risk'>;
  readonly doubtful: boolean;
}

function expectationOf(
  invoice: Invoice,
  behaviour: PaymentBehaviour,
  madeOn: CalendarDate,
  usePromises: boolean,
): Expectation {
  const promise = usePromises ? invoice.promiseDate : null;
  if (promise !== null && promise >= madeOn) {
    return { payment: { expected: promise, basis: 'promise', risk: null }, doubtful: false };
  }
  const { source, lateness } = behaviour.latenessOf(invoice.clientKey);
  const overdue = daysBetween(invoice.dueDate, madeOn);
  const expected = maxDate(addDays(invoice.dueDate, Math.round(lateness.mean)), madeOn);
  const risk: RiskReason | null =
    invoice.status === 'on_hold'
      ? 'on_hold'
      : promise !== null
        ? 'broken_promise'
        : source === 'none'
          ? 'no_history'
          : overdue > lateness.mean + lateness.spread && overdue > 0
            ? 'later_than_usual'
            : lateness.spread > WIDE_SPREAD_DAYS
              ? 'wide_spread'
              : null;
  const doubtful = overdue > DOUBTFUL_DAYS_OVERDUE && overdue > lateness.mean + 2 * lateness.spread;
  return { payment: { expected, basis: source, risk }, doubtful };
}

function sum(payments: readonly ExpectedPayment[]): number {
  return payments.reduce((total, p) => total + p.cents, 0);
}
