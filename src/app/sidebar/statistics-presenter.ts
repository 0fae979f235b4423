/**
 * The Statistics view's answer: the summary figures and the outcome figures, computed in the pure
 * core from one reading of the invoices, templates and log tabs.
 */
import type { StatisticsView } from '../../api/statistics.ts';
import type { CalendarDate } from '../../core/calendar-date.ts';
import type { Invoice } from '../../core/invoice.ts';
import type { LogEntry } from '../../core/log-entry.ts';
import { computeOutcomes } from '../../core/outcomes/outcome-statistics.ts';
import type { Settings } from '../../core/settings.ts';
import { computeStatistics } from '../../core/statistics.ts';
import type { TemplateRow } from '../../core/templates/index.ts';

export interface StatisticsInput {
  readonly today: CalendarDate;
  readonly invoices: readonly Invoice[];
  readonly log: readonly LogEntry[];
  readonly templates: readonly TemplateRow[];
  readonly settings: Settings;
}

export function presentStatistics(input: StatisticsInput): StatisticsView {
  return {
    ...computeStatistics(input.invoices, input.log, input.today),
    outcomes: computeOutcomes({
      invoices: input.invoices,
      log: input.log,
      templates: input.templates,
      settings: input.settings,
      asOf: input.today,
    }),
  };
}
