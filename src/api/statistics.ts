/**
 * What the Statistics view receives and sends (types only: the sidebar imports nothing else of
 * the server). The figures are computed in the pure core; their definitions are in
 * docs/statistics.md.
 */

import type {
  ExpectedPayment,
  ForecastWeek,
  RiskReason,
} from '../core/outcomes/cash-in-forecast.ts';
import type { Backtest } from '../core/outcomes/forecast-backtest.ts';
import type {
  ChasingFigures,
  CurrencyForecast,
  OutcomeStatistics,
  SegmentFilter,
} from '../core/outcomes/outcome-statistics.ts';
import type { StageComparison, VariantFigures } from '../core/outcomes/variant-comparison.ts';
import type { Stage } from '../core/stage.ts';
import type { CurrencyStatistics, Statistics } from '../core/statistics.ts';

export type {
  Backtest,
  ChasingFigures,
  CurrencyForecast,
  ExpectedPayment,
  ForecastWeek,
  OutcomeStatistics,
  RiskReason,
  SegmentFilter,
  Stage,
  StageComparison,
  Statistics,
  VariantFigures,
};

/** One currency's line of the summary (outstanding, aging, DSO). */
export type CurrencyStatisticsLine = CurrencyStatistics;

/** The summary (outstanding, aging, DSO) and the three questions' figures, in one answer. */
export interface StatisticsView extends Statistics {
  readonly outcomes: OutcomeStatistics;
}

/** "Keep the winner only": switch off the other active variants of `stage`. */
export interface KeepVariantRequest {
  readonly stage: Stage;
  readonly variant: string;
}

export interface KeepVariantResult {
  /** Template ids switched off (`r1.all.fr.B`, …). */
  readonly deactivated: readonly string[];
  readonly statistics: StatisticsView;
}
