import { addDays, type CalendarDate, daysBetween } from './calendar-date.ts';
import { isTestOnly } from './history.ts';
import { balanceCents, type Invoice } from './invoice.ts';
import { foldInvoiceNumber } from './invoice-number-key.ts';
import type { LogEntry, LogOutcome } from './log-entry.ts';
import { isPaid } from './profiles.ts';
import { isStage, type MessageStage, STAGES, type Stage } from './stage.ts';

/**
 * Collection statistics over the invoices tab and the log, as of one day.
 *
 * Definitions (the sidebar and the README state the same):
 * - Outstanding: balance still due on invoices that are not settled (no paid date, status not
 *   paid or cancelled) and already issued (an invoice typed in ahead, issued after the day, is
 *   not receivable yet). Overdue: the part of it whose due date is before the day.
 * - Aging buckets follow the Credit Research Foundation's: current (not yet due), 1–30, 31–60,
 *   61–90 and over 90 days past due.
 * - DSO (CRF): ending total receivables × days in period / credit sales of the period. The period
 *   is the `periodDays` days ending on the day (90 by default); credit sales are the amounts of
 *   invoices issued in it (by due date when a row has no issue date). Per currency: amounts in
 *   different currencies are never added.
 * - Average days late: over invoices paid in the period, days from the due date to the paid date,
 *   an early payment counting as 0.
 * - Reminders per stage: log rows of the period that record a real action (sent e-mail, drafted
 *   notice, call task); test sends are not counted.
 * - Paid after the first reminder: of the invoices that received a first reminder (`r1`) and were
 *   unpaid that day, the share paid from that day on before any later reminder was sent (a
 *   payment made before the reminder went out says nothing about it).
 */

export const AGING_BUCKETS = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export interface AgingLine {
  readonly bucket: AgingBucket;
  readonly cents: number;
  readonly count: number;
}

export interface CurrencyStatistics {
  readonly currency: string;
  readonly outstandingCents: number;
  readonly overdueCents: number;
  readonly aging: readonly AgingLine[];
  readonly creditSalesCents: number;
  /** Null when nothing was invoiced in the period. */
  readonly dsoDays: number | null;
}

export interface Statistics {
  readonly asOf: CalendarDate;
  /** First day of the period (inclusive); the period ends on `asOf`. */
  readonly periodStart: CalendarDate;
  readonly periodDays: number;
  /** Sorted by outstanding amount, largest first. */
  readonly byCurrency: readonly CurrencyStatistics[];
  readonly averageDaysLate: number | null;
  readonly paidInPeriod: number;
  readonly remindersByStage: Readonly<Record<Stage, number>>;
  readonly firstReminder: {
    readonly reminded: number;
    readonly paidAfter: number;
    /** paidAfter / reminded, or null when no first reminder was sent. */
    readonly share: number | null;
  };
}

export const DEFAULT_STATISTICS_PERIOD_DAYS = 90;

const ACTION_OUTCOMES: ReadonlySet<LogOutcome> = new Set(['sent', 'drafted', 'task']);

export function computeStatistics(
  invoices: readonly Invoice[],
  log: readonly LogEntry[],
  asOf: CalendarDate,
  periodDays: number = DEFAULT_STATISTICS_PERIOD_DAYS,
): Statistics {
  const periodStart = addDays(asOf, 1 - periodDays);
  const inPeriod = (date: CalendarDate): boolean => date >= periodStart && date <= asOf;
  const paidInPeriod = invoices.filter((i) => i.paidDate !== null && inPeriod(i.paidDate));
  return {
    asOf,
    periodStart,
    periodDays,
    byCurrency: currencyStatistics(invoices, asOf, periodDays, inPeriod),
    averageDaysLate: average(paidInPeriod.map((i) => Math.max(0, daysLate(i)))),
    paidInPeriod: paidInPeriod.length,
    remindersByStage: remindersByStage(log.filter((entry) => inPeriod(entry.date))),
    firstReminder: firstReminderOutcome(invoices, log),
  };
}

/** Paid (the planner's rule) or cancelled: nothing is receivable any more. */
export function isSettled(invoice: Invoice): boolean {
  return isPaid(invoice) || invoice.status === 'cancelled';
}

export function agingBucket(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return 'd1_30';
  if (daysPastDue <= 60) return 'd31_60';
  if (daysPastDue <= 90) return 'd61_90';
  return 'd90_plus';
}

function currencyStatistics(
  invoices: readonly Invoice[],
  asOf: CalendarDate,
  periodDays: number,
  inPeriod: (date: CalendarDate) => boolean,
): CurrencyStatistics[] {
  const currencies = [...new Set(invoices.map((i) => i.currency))];
  return currencies
    .map((currency) => {
      const own = invoices.filter((i) => i.currency === currency);
      const open = own.filter(
        (i) => !isSettled(i) && (i.issueDate === null || i.issueDate <= asOf),
      );
      const aging = AGING_BUCKETS.map((bucket) => {
        const lines = open.filter((i) => agingBucket(daysBetween(i.dueDate, asOf)) === bucket);
        return { bucket, cents: sumBalances(lines), count: lines.length };
      });
      const outstandingCents = sumBalances(open);
      const creditSalesCents = own
        .filter((i) => i.status !== 'cancelled' && inPeriod(i.issueDate ?? i.dueDate))
        .reduce((sum, i) => sum + i.amountCents, 0);
      return {
        currency,
        outstandingCents,
        overdueCents: outstandingCents - (aging[0]?.cents ?? 0),
        aging,
        creditSalesCents,
        dsoDays:
          creditSalesCents > 0 ? round1((outstandingCents * periodDays) / creditSalesCents) : null,
      };
    })
    .filter((line) => line.outstandingCents > 0 || line.creditSalesCents > 0)
    .sort(
      (a, b) => b.outstandingCents - a.outstandingCents || a.currency.localeCompare(b.currency),
    );
}

function remindersByStage(log: readonly LogEntry[]): Record<Stage, number> {
  const counts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const entry of log) {
    // A draft or call task made in test mode reached nobody: it is not a reminder.
    if (entry.stage === null || !isStage(entry.stage)) continue;
    if (!ACTION_OUTCOMES.has(entry.outcome) || isTestOnly(entry)) continue;
    counts[entry.stage] += 1;
  }
  return counts;
}

function firstReminderOutcome(
  invoices: readonly Invoice[],
  log: readonly LogEntry[],
): Statistics['firstReminder'] {
  // Indexed by folded invoice number once: filtering the whole log per invoice was
  // O(invoices × log).
  const sentTo = new Map<string, LogEntry[]>();
  for (const entry of log) {
    if (entry.outcome !== 'sent') continue;
    for (const number of entry.invoiceNumbers) {
      const key = foldInvoiceNumber(number);
      const list = sentTo.get(key);
      if (list) list.push(entry);
      else sentTo.set(key, [entry]);
    }
  }
  let reminded = 0;
  let paidAfter = 0;
  for (const invoice of invoices) {
    const mine = sentTo.get(foldInvoiceNumber(invoice.number)) ?? [];
    const first = mine.find((entry) => entry.stage === 'r1');
    if (!first) continue;
    const paidOn = invoice.paidDate;
    if (paidOn !== null && paidOn < first.date) continue;
    reminded += 1;
    if (paidOn === null) continue;
    const laterBeforePayment = mine.some(
      (entry) => isLaterStage(entry.stage) && entry.date > first.date && entry.date <= paidOn,
    );
    if (!laterBeforePayment) paidAfter += 1;
  }
  return { reminded, paidAfter, share: reminded > 0 ? paidAfter / reminded : null };
}

function isLaterStage(stage: MessageStage | null): boolean {
  return stage === 'r2' || stage === 'r3' || stage === 'call' || stage === 'notice';
}

function daysLate(invoice: Invoice): number {
  return invoice.paidDate === null ? 0 : daysBetween(invoice.dueDate, invoice.paidDate);
}

function sumBalances(invoices: readonly Invoice[]): number {
  return invoices.reduce((sum, i) => sum + balanceCents(i), 0);
}

function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round1(values.reduce((a, b) => a + b, 0) / values.length);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
