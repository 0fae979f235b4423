import { addDays, type CalendarDate, daysBetween } from '../calendar-date.ts';
import { type BusinessCalendar, nextBusinessDayFrom, type ScheduledStage } from '../schedule.ts';
import { type Stage, stageRank } from '../stage.ts';

/**
 * The ladder of an invoice whose sequence was suspended by a payment plan, restarted on the day
 * the plan broke: the stages above the most advanced one done before that day move later by the
 * time the plan held them, so the next stage is due on `restart` and the later ones keep their
 * gaps (a broken plan resumes the sequence at its next stage, not at its last). The pre-due note
 * stays out.
 */
export function restartLadder(
  stages: readonly ScheduledStage[],
  restart: CalendarDate | undefined,
  done: ReadonlyMap<Stage, CalendarDate>,
  country: string,
  calendar: BusinessCalendar,
): readonly ScheduledStage[] {
  if (restart === undefined) return stages;
  let highestRank = -1;
  for (const [stage, on] of done)
    if (on < restart) highestRank = Math.max(highestRank, stageRank(stage));
  const ahead = stages.filter((s) => stageRank(s.stage) > highestRank && s.stage !== 'pre_due');
  const next = ahead[0];
  if (!next) return stages;
  const delay = Math.max(0, daysBetween(next.date, restart));
  if (delay === 0) return stages;
  return stages.map((s) => {
    if (!ahead.includes(s)) return s;
    const moved = nextBusinessDayFrom(addDays(s.date, delay), country, calendar);
    return { ...s, date: moved.date, postponedFrom: null, holiday: moved.holiday };
  });
}
