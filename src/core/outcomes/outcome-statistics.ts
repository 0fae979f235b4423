import { addDays, type CalendarDate } from '../calendar-date.ts';
import { EMPTY_CLIENT, EMPTY_INVOICE, type History } from '../history.ts';
import type { Invoice } from '../invoice.ts';
import { byFoldedNumber, foldInvoiceNumber } from '../invoice-number-key.ts';
import type { LogEntry } from '../log-entry.ts';
import { clientKeyOf } from '../parse/client-key.ts';
import { buildProfiles, invoiceSegment, profileOf } from '../profiles.ts';
import { SEGMENTS, type Segment } from '../segment.ts';
import type { Settings } from '../settings.ts';
import type { TemplateRow } from '../templates/template-row.ts';
import { type CashInForecast, cashInForecast, type ScheduledPayment } from './cash-in-forecast.ts';
import {
  type CeiMonth,
  ceiByMonth,
  type DsoFigures,
  dsoFigures,
} from './collection-effectiveness.ts';
import { BACKTEST_WEEKS, type Backtest, backtestForecast } from './forecast-backtest.ts';
import { paymentBehaviour } from './payment-behaviour.ts';
import { isUndatedPayment } from './payment-timing.ts';
import { monthsEndingWith, type RecoveryMonth, recoveryByMonth } from './recovery-rate.ts';
import { type OutcomeLog, readOutcomeLog } from './reminder-events.ts';
import {
  type RemindersPerPaid,
  remindersPerPaidInvoice,
  replyRateByStage,
  type StageReplies,
} from './reminder-response.ts';
import { compareVariants, type StageComparison } from './variant-comparison.ts';

/** Months of history the figures cover, the current one included. */
export const OUTCOME_MONTHS = 12;
/** The period DSO and its split are computed over (as the summary's DSO). */
export const DSO_PERIOD_DAYS = 90;

export type SegmentFilter = Segment | 'all';

/** "Is chasing working?" for one currency and one segment (or all). */
export interface ChasingFigures {
  readonly currency: string;
  readonly segment: SegmentFilter;
  /** Invoices of the group (cancelled ones included: they are listed in the sheet). */
  readonly invoiceCount: number;
  readonly recovery: readonly RecoveryMonth[];
  readonly dso: DsoFigures;
  readonly cei: readonly CeiMonth[];
  readonly remindersPerPaid: RemindersPerPaid;
  readonly replies: readonly StageReplies[];
}

/** "When will the money come in?" for one currency, with how wrong it would have been. */
export interface CurrencyForecast {
  readonly currency: string;
  readonly forecast: CashInForecast;
  readonly backtests: readonly Backtest[];
}

export interface OutcomeStatistics {
  readonly asOf: CalendarDate;
  /** `YYYY-MM`, oldest first: the months of the monthly figures. */
  readonly months: readonly string[];
  /** Per currency (largest book first) and, within one, all segments first then each segment. */
  readonly chasing: readonly ChasingFigures[];
  readonly forecasts: readonly CurrencyForecast[];
  /** "Which wording gets paid faster?": stages with two or more active variants. */
  readonly variants: readonly StageComparison[];
  /** Settled rows without a paid date: left out of every figure over time. */
  readonly undatedPayments: number;
}

export interface OutcomeInput {
  readonly invoices: readonly Invoice[];
  readonly log: readonly LogEntry[];
  readonly templates: readonly TemplateRow[];
  readonly settings: Settings;
  readonly asOf: CalendarDate;
  /** Payment plans' instalments, by invoice (none until plans exist). */
  readonly scheduledPayments?: (invoice: Invoice) => readonly ScheduledPayment[] | null;
}

/**
 * Every outcome figure of the Statistics view, from the invoices and the log read once. Money is
 * never added across currencies; segments are the clients' segments today (a row's segment
 * override counts for that invoice, as it did for its reminders).
 */
export function computeOutcomes(input: OutcomeInput): OutcomeStatistics {
  const { invoices, asOf } = input;
  const outcomeLog = readOutcomeLog(input.log);
  const profiles = buildProfiles(invoices, noticesOnly(outcomeLog), input.settings, asOf);
  const clientSegment = (clientKey: string): string => profileOf(clientKey, profiles).segment;
  const months = monthsEndingWith(asOf, OUTCOME_MONTHS);
  const yearAgo = addDays(asOf, -365);
  const byCurrency = groupBy(invoices, (i) => i.currency);
  const currencies = [...byCurrency.keys()].sort(
    (a, b) =>
      (byCurrency.get(b)?.length ?? 0) - (byCurrency.get(a)?.length ?? 0) || a.localeCompare(b),
  );
  const chasingOf = (currency: string, segment: SegmentFilter, own: readonly Invoice[]) => ({
    currency,
    segment,
    invoiceCount: own.length,
    recovery: recoveryByMonth(own, months, asOf),
    dso: dsoFigures(own, asOf, DSO_PERIOD_DAYS),
    cei: ceiByMonth(own, months, asOf),
    remindersPerPaid: remindersPerPaidInvoice(own, outcomeLog, yearAgo, asOf),
    replies: replyRateByStage(own, outcomeLog, yearAgo, asOf),
  });
  // Lateness is counted in days: every currency's payments teach it.
  const behaviour = paymentBehaviour(invoices, asOf, clientSegment);
  const chasing: ChasingFigures[] = [];
  const forecasts: CurrencyForecast[] = [];
  for (const currency of currencies) {
    const own = byCurrency.get(currency) ?? [];
    chasing.push(chasingOf(currency, 'all', own));
    const bySegment = groupBy(own, (i) => invoiceSegment(i, profiles));
    for (const segment of SEGMENTS) {
      const mine = bySegment.get(segment);
      if (mine) chasing.push(chasingOf(currency, segment, mine));
    }
    forecasts.push({
      currency,
      forecast: cashInForecast(own, behaviour, asOf, {
        ...(input.scheduledPayments ? { scheduledPayments: input.scheduledPayments } : {}),
      }),
      backtests: BACKTEST_WEEKS.map((weeks) =>
        backtestForecast(own, asOf, weeks, clientSegment, invoices),
      ),
    });
  }
  const paidDates = byFoldedNumber(invoices.map((i) => [i.number, i.paidDate]));
  return {
    asOf,
    months,
    chasing,
    forecasts,
    variants: compareVariants(
      input.templates,
      outcomeLog,
      (number) => paidDates.get(foldInvoiceNumber(number)) ?? null,
      asOf,
    ),
    undatedPayments: invoices.filter(isUndatedPayment).length,
  };
}

/**
 * The history the client profiles need: of the whole log, `buildProfiles` reads only the day a
 * formal notice was first drafted for a client (it makes the client high risk). Taken from the
 * outcome reading, so the log is not read a second time.
 */
function noticesOnly(log: OutcomeLog): History {
  return {
    invoice: () => EMPTY_INVOICE,
    client: (clientKey) => {
      const noticeOn = log.noticeByClient.get(clientKeyOf(clientKey)) ?? null;
      return noticeOn === null ? EMPTY_CLIENT : { ...EMPTY_CLIENT, noticeOn };
    },
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}
