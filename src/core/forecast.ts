import { addDays, type CalendarDate } from './calendar-date.ts';
import { clientCalendar } from './client-calendar.ts';
import { historyReader, numbersOf } from './history.ts';
import type { LogEntry } from './log-entry.ts';
import type { Plan } from './plan.ts';
import { actionRows, planRecords } from './plan-records.ts';
import type { PlannedNote } from './planned-note.ts';
import { type InvoiceHold, type PlanInput, planWithHistory } from './planner.ts';
import { memoizeCalendar, rememberSchedules } from './schedule.ts';

export interface ForecastDay {
  readonly date: CalendarDate;
  readonly plan: Plan;
  /** The quote follow-ups and instalment notes of that day (none without `DayOutsideLadder`). */
  readonly notes: readonly PlannedNote[];
}

/**
 * What the run of one day weaves into the invoices' plan from the payment plans and the quotes:
 * the invoices a kept plan holds, those a broken plan restarts, the notes outside the ladder,
 * and the plan events it logs first.
 */
export interface OutsideLadder {
  readonly holds: readonly InvoiceHold[];
  readonly restarts: ReadonlyMap<string, CalendarDate>;
  readonly notes: readonly PlannedNote[];
  readonly events: readonly LogEntry[];
}

/**
 * `OutsideLadder` of `date`, from the log as the forecast has it by then: the real log followed by
 * the simulated rows of the earlier days. Without it, `input.holds` and `input.restarts` hold on
 * every day and no note is planned.
 */
export type DayOutsideLadder = (date: CalendarDate, log: readonly LogEntry[]) => OutsideLadder;

/**
 * The plans of the `days` days after `input.today`, assuming nothing changes in the sheet: no
 * payment, no reply, and every e-mail, draft and task planned on a day (today included) carried
 * out that day. The preview's "next 7 days".
 */
export function forecast(input: PlanInput, days: number): ForecastDay[] {
  return planWeek(input, days).days;
}

/**
 * Today's plan (`planDay(input)`) and the `days` days after it, from one reading of the log. With
 * `outside`, each day's holds, restarts and notes are those the run of that day would decide (a
 * plan breaking inside the week restarts its invoices on that day), and its notes and plan events
 * join the simulated log like the reminders.
 */
export function planWeek(
  input: PlanInput,
  days: number,
  outside?: DayOutsideLadder,
): { today: Plan; days: ForecastDay[] } {
  // The log is read once; each day's records are then added to that reading, which gives the
  // same history as reading the whole log again every day.
  const reader = historyReader({
    countTestSends: input.settings.testMode,
    invoices: numbersOf(input.invoices),
  });
  reader.add(input.log);
  // The whole log is kept only for what reads it whole (the notes), one copy for the week.
  const log: LogEntry[] | null = outside ? [...input.log] : null;
  // One calendar for every day, so each (country, day) question is answered once.
  const calendar = memoizeCalendar(input.calendar ?? clientCalendar(input.settings));
  // And each invoice's stages once: they do not depend on the day.
  const schedule = rememberSchedules(input.settings, calendar);
  const result: ForecastDay[] = [];
  let today: Plan | null = null;
  for (let offset = 0; offset <= days; offset++) {
    const date = addDays(input.today, offset);
    const at = `${date}T09:00:00.000Z`;
    const runId = `forecast-${date}`;
    const extra = outside && log ? outside(date, log) : null;
    if (extra && extra.events.length > 0) add(extra.events);
    const plan = planWithHistory(
      {
        ...input,
        today: date,
        calendar,
        ...(extra ? { holds: extra.holds, restarts: extra.restarts } : {}),
      },
      reader.history,
      schedule,
    );
    const notes = extra?.notes ?? [];
    if (offset > 0) result.push({ date, plan, notes });
    else today = plan;
    add(planRecords(plan, { at, runId, emailOutcome: 'sent' }));
    for (const note of notes) add(actionRows(note, 'sent', { at, date, runId }));
  }
  return { today: today as Plan, days: result };

  function add(rows: readonly LogEntry[]): void {
    reader.add(rows);
    if (log) for (const row of rows) log.push(row);
  }
}
