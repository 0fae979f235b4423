/**
 * What the Statistics view receives and sends (types only, plus the core's bucket list the view
 * lays out): computed by the core, shown by the sidebar as it is. Definitions are in
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

export { AGING_BUCKETS, type CurrencyStatistics, type Statistics } from '../core/statistics.ts';
export type {
  Backtest,
  ChasingFigures,
  CurrencyForecast,
  ExpectedPayment,
  ForecastWeek,
  OutcomeStatistics,
  RiskReason,
  SegmentFilter,
  StageComparison,
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

/** "Export to a tab": where the figures were written. */
export interface StatisticsExportResult {
  /** `Relance · stats`. */
  readonly tab: string;
  /** Figures written, header excluded. */
  readonly rows: number;
}
