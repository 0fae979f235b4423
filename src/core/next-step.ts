import { addDays, type CalendarDate, maxDate } from './calendar-date.ts';
import { type BusinessCalendar, nextBusinessDayFrom, type ScheduledStage } from './schedule.ts';
import { stageRank } from './stage.ts';

/**
 * An invoice's way ahead: the stages not done yet, in escalation order, and the most advanced
 * stage done (the step the next one is measured from).
 */
export interface Ladder {
  readonly dueDate: CalendarDate;
  readonly country: string;
  /** Enabled stages above the most advanced one done (capped e-mail stages removed). */
  readonly stages: readonly ScheduledStage[];
  /** The most advanced stage done and the day it was done; null when none is. */
  readonly previous: {
    /** Its offset in the current schedule; null when that stage is now switched off. */
    readonly offset: number | null;
    readonly doneOn: CalendarDate;
  } | null;
  /** The user asked to start chasing on this day (an old debt released): nothing before it. */
  readonly notBefore: CalendarDate | null;
}

/**
 * The escalation rule (README "Catch-up"), the one function the run, the preview and the forecast
 * all use: the next stage is the FIRST stage after the most advanced one done, never a later one,
 * so a missed run or an invoice first seen late starts at r1 and never gets a final warning first.
 * It is due on the later of its own scheduled day and (the day the previous stage was done + the
 * gap between the two stages' offsets), moved to the next business day: a late step shifts the
 * later ones by the same delay. `pre_due` is dropped once the due date has passed on `day`.
 * `from` (a block ending, a non-business day) is the earliest day the step may take.
 */
export function nextStep(
  ladder: Ladder,
  day: CalendarDate,
  calendar: BusinessCalendar,
  from: CalendarDate | null = null,
): ScheduledStage | null {
  for (const stage of ladder.stages) {
    const candidate = stepDate(ladder, stage, from);
    const moved = nextBusinessDayFrom(candidate, ladder.country, calendar);
    // A pre-due nudge makes no sense once the due date has passed (or would pass before it goes).
    if (stage.stage === 'pre_due' && (day > ladder.dueDate || moved.date > ladder.dueDate)) {
      continue;
    }
    if (moved.date === stage.date && candidate === stage.nominal) return stage;
    return {
      stage: stage.stage,
      offset: stage.offset,
      nominal: stage.nominal,
      date: moved.date,
      postponedFrom: moved.date === candidate ? null : candidate,
      holiday: moved.holiday,
    };
  }
  return null;
}

/** The step's day before the move to a business day. */
function stepDate(ladder: Ladder, stage: ScheduledStage, from: CalendarDate | null): CalendarDate {
  let date = stage.nominal;
  const previous = ladder.previous;
  if (previous) {
    // A stage switched off since it was done gives no gap to keep: the next one waits a day.
    const gap = previous.offset === null ? 1 : Math.max(1, stage.offset - previous.offset);
    date = maxDate(date, addDays(previous.doneOn, gap));
  }
  if (ladder.notBefore !== null) date = maxDate(date, ladder.notBefore);
  if (from !== null) date = maxDate(date, from);
  return date;
}

/** The ladder once `stage` is done on `doneOn`: what a message's deadline is measured against. */
export function ladderAfter(ladder: Ladder, stage: ScheduledStage, doneOn: CalendarDate): Ladder {
  return {
    ...ladder,
    stages: ladder.stages.filter((s) => stageRank(s.stage) > stageRank(stage.stage)),
    previous: { offset: stage.offset, doneOn },
    notBefore: null,
  };
}
