/** The French floor of a contract rate, checked against today's half-year before settings are saved. */
import { contractRateIssue, ratePointsOf } from '../../core/late-fees.ts';
import { fetchedPoints } from '../../core/rates/rate-refresh.ts';
import type { Settings } from '../../core/settings.ts';
import type { SettingsIssue } from '../../core/settings-validation.ts';
import { calendarDateConverter } from '../../gas/zoned-date.ts';
import type { Workbook } from '../workbook/workbook.ts';

export function contractRateProblems(workbook: Workbook, settings: Settings): SettingsIssue[] {
  if (settings.lateFees?.contractRatePercent == null) return [];
  const today = calendarDateConverter(workbook.timeZone)(new Date());
  const points = ratePointsOf(settings, fetchedPoints(workbook.fetchedRates));
  const issue = contractRateIssue(settings, today, points);
  return issue === null ? [] : [issue];
}
