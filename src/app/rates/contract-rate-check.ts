/** The French floor of a contract rate, checked against today's half-year before settings are saved. */
import { contractRateIssue, ratePointsOf } from '../../core/late-fees.ts';
import { fetchedPoints } from '../../core/rates/rate-refresh.ts';
import { type SettingsIssue, validateSettings } from '../../core/settings-validation.ts';
import { calendarDateConverter } from '../../gas/zoned-date.ts';
import type { Workbook } from '../workbook/workbook.ts';

/**
 * Settings that fail validation are left to it (it names every problem); valid ones with a French
 * contract rate under the floor of today's half-year are refused here.
 */
export function contractRateProblems(workbook: Workbook, input: unknown): SettingsIssue[] {
  const valid = validateSettings(input);
  if (!valid.ok || valid.settings.lateFees.contractRatePercent === null) return [];
  const settings = valid.settings;
  const today = calendarDateConverter(workbook.timeZone)(new Date());
  const points = ratePointsOf(settings, fetchedPoints(workbook.fetchedRates));
  const issue = contractRateIssue(settings, today, points);
  return issue === null ? [] : [issue];
}
