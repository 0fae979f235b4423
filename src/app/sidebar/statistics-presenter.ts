/**
 * The Statistics view's answer: the summary figures, the outcome figures and the quotes' figures,
 * computed in the pure core from one reading of the invoices, templates, log and note tabs.
 */
import type { StatisticsView } from '../../api/statistics.ts';
import type { CalendarDate } from '../../core/calendar-date.ts';
import type { Invoice } from '../../core/invoice.ts';
import type { LogEntry } from '../../core/log-entry.ts';
import { shortenedForecast } from '../../core/outcomes/cash-in-forecast.ts';
import { computeOutcomes, type OutcomeStatistics } from '../../core/outcomes/outcome-statistics.ts';
import { expectedInstalments } from '../../core/payment-plans/instalment-forecast.ts';
import type { PlanStanding } from '../../core/payment-plans/plan-standing.ts';
import { scheduledPaymentsOf } from '../../core/payment-plans/scheduled-payments.ts';
import type { QuoteStatistics } from '../../core/quotes/quote-statistics.ts';
import type { Settings } from '../../core/settings.ts';
import { computeStatistics } from '../../core/statistics.ts';
import type { TemplateRow } from '../../core/templates/index.ts';

export interface StatisticsInput {
  readonly today: CalendarDate;
  readonly invoices: readonly Invoice[];
  readonly log: readonly LogEntry[];
  readonly templates: readonly TemplateRow[];
  readonly settings: Settings;
  /** The payment plans as they stand: kept ones place their invoices on their instalments. */
  readonly plans: readonly PlanStanding[];
  /** Present when there is a quotes tab. */
  readonly quotes: QuoteStatistics | null;
}

/** Payments listed under each week's bar, and doubtful ones: the largest, with the counts of all. */
export const FORECAST_LIST_MAX = 25;

export function presentStatistics(input: StatisticsInput): StatisticsView {
  return {
    ...computeStatistics(input.invoices, input.log, input.today),
    outcomes: withShortLists(
      computeOutcomes({
        invoices: input.invoices,
        log: input.log,
        templates: input.templates,
        settings: input.settings,
        asOf: input.today,
        scheduledPayments: scheduledPaymentsOf(
          expectedInstalments(input.plans),
          input.invoices,
          input.today,
        ),
      }),
    ),
    ...(input.quotes ? { quotes: input.quotes } : {}),
  };
}

function withShortLists(outcomes: OutcomeStatistics): OutcomeStatistics {
  return {
    ...outcomes,
    forecasts: outcomes.forecasts.map((f) => ({
      ...f,
      forecast: shortenedForecast(f.forecast, FORECAST_LIST_MAX),
    })),
  };
}
