import { addDays, type CalendarDate } from './calendar-date.ts';
import type { LogEntry } from './log-entry.ts';
import type { Plan } from './plan.ts';
import { planRecords } from './plan-records.ts';
import { type PlanInput, planDay } from './planner.ts';

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
  const log: LogEntry[] = [...input.log];
  const result: ForecastDay[] = [];
  for (let offset = 0; offset <= days; offset++) {
    const date = addDays(input.today, offset);
    const plan = planDay({ ...input, today: date, log });
    if (offset > 0) result.push({ date, plan });
    log.push(
      ...planRecords(plan, {
        at: `${date}T09:00:00.000Z`,
        runId: `forecast-${date}`,
        emailOutcome: 'sent',
      }),
    );
  }
  return result;
}
