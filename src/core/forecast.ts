import { addDays, type CalendarDate } from './calendar-date.ts';
import { clientCalendar } from './client-calendar.ts';
import { historyReader, numbersOf } from './history.ts';
import type { Plan } from './plan.ts';
import { planRecords } from './plan-records.ts';
import { type PlanInput, planWithHistory } from './planner.ts';
import { memoizeCalendar, rememberSchedules } from './schedule.ts';

export interface ForecastDay {
  readonly date: CalendarDate;
  readonly plan: Plan;
}

/**
 * The plans of the `days` days after `input.today`, assuming nothing changes in the sheet: no
 * payment, no reply, and every e-mail, draft and task planned on a day (today included) carried
 * out that day. The preview's "next 7 days".
 */
export function forecast(input: PlanInput, days: number): ForecastDay[] {
  return planWeek(input, days).days;
}

/** Today's plan (`planDay(input)`) and the `days` days after it, from one reading of the log. */
export function planWeek(input: PlanInput, days: number): { today: Plan; days: ForecastDay[] } {
  // The log is read once; each day's records are then added to that reading, which gives the
  // same history as reading the whole log again every day.
  const reader = historyReader({
    countTestSends: input.settings.testMode,
    invoices: numbersOf(input.invoices),
  });
  reader.add(input.log);
  // One calendar for every day, so each (country, day) question is answered once.
  const calendar = memoizeCalendar(input.calendar ?? clientCalendar(input.settings));
  // And each invoice's stages once: they do not depend on the day.
  const schedule = rememberSchedules(input.settings, calendar);
  const result: ForecastDay[] = [];
  let today: Plan | null = null;
  for (let offset = 0; offset <= days; offset++) {
    const date = addDays(input.today, offset);
    const plan = planWithHistory({ ...input, today: date, calendar }, reader.history, schedule);
    if (offset > 0) result.push({ date, plan });
    else today = plan;
    reader.add(
      planRecords(plan, {
        at: `${date}T09:00:00.000Z`,
        runId: `forecast-${date}`,
        emailOutcome: 'sent',
      }),
    );
  }
  return { today: today as Plan, days: result };
}
