import { addDays, type CalendarDate } from './calendar-date.ts';
import type { Invoice } from './invoice.ts';
import type { Segment } from './segment.ts';
import type { Settings, StageOffsets } from './settings.ts';
import { STAGES, type Stage } from './stage.ts';

/**
 * The client's working calendar as the planner needs it: which days reminders may go out, and the
 * name of a public holiday (for the preview's "postponed for a holiday"). The shell builds one
 * from the settings' business days and the holidays of each country.
 */
export interface BusinessCalendar {
  isBusinessDay(date: CalendarDate, country: string): boolean;
  /** Name of the public holiday on that day in that country, or null. */
  holidayName(date: CalendarDate, country: string): string | null;
}

/** Longest run of closed days searched: a safety net against a calendar with no business day. */
const MAX_CLOSED_DAYS = 31;

export interface ScheduledStage {
  readonly stage: Stage;
  /** Signed days from the due date (the segment's offset for this stage). */
  readonly offset: number;
  /** Due date + offset, before any move to a business day. */
  readonly nominal: CalendarDate;
  /** The day the stage is due: the offset day, or the next business day after it. */
  readonly date: CalendarDate;
  /** The offset day when it fell on a closed day and was moved; null otherwise. */
  readonly postponedFrom: CalendarDate | null;
  /** The first holiday met while moving the stage; null for a plain weekend or no move. */
  readonly holiday: string | null;
}

/**
 * First business day on or after `date`, and the first holiday passed on the way (`calendar` as
 * in `scheduleStages`).
 *
 * @example nextBusinessDayFrom('2026-05-14', 'FR', calendar)
 * // → { date: '2026-05-15', holiday: 'Ascension' }
 */
export function nextBusinessDayFrom(
  date: CalendarDate,
  country: string,
  calendar: BusinessCalendar,
): { readonly date: CalendarDate; readonly holiday: string | null } {
  let day = date;
  let holiday: string | null = null;
  for (let i = 0; i < MAX_CLOSED_DAYS; i++) {
    if (calendar.isBusinessDay(day, country)) return { date: day, holiday };
    holiday = holiday ?? calendar.holidayName(day, country);
    day = addDays(day, 1);
  }
  return { date, holiday };
}

/**
 * The date of each enabled stage of an invoice: due date + offset, moved to the client's next
 * business day. Stages switched off (null offset) are absent. The result is in escalation order.
 * In the examples, `calendar` is `clientCalendar(DEFAULT_SETTINGS)` (French holidays, Mon–Fri).
 *
 * @example scheduleStages('2026-05-11', STANDARD_OFFSETS, 'FR', calendar)
 * // → [{ stage: 'pre_due', date: '2026-05-11', postponedFrom: '2026-05-08',
 * //      holiday: 'Victoire 1945' },
 * //    { stage: 'r1', date: '2026-05-15', postponedFrom: '2026-05-14', holiday: 'Ascension' },
 * //    { stage: 'r2', date: '2026-05-21', postponedFrom: null, holiday: null },
 * //    … r3 on 2026-06-04, call on 2026-06-10, notice on 2026-06-25]
 */
export function scheduleStages(
  dueDate: CalendarDate,
  offsets: StageOffsets,
  country: string,
  calendar: BusinessCalendar,
): ScheduledStage[] {
  const stages: ScheduledStage[] = [];
  for (const stage of STAGES) {
    const offset = offsets[stage];
    if (offset === null) continue;
    const nominal = addDays(dueDate, offset);
    const moved = nextBusinessDayFrom(nominal, country, calendar);
    stages.push({
      stage,
      offset,
      nominal,
      date: moved.date,
      postponedFrom: moved.date === nominal ? null : nominal,
      holiday: moved.holiday,
    });
  }
  return stages;
}

/**
 * An invoice's stages for a segment, in the calendar of its country (the settings' by default).
 *
 * @example scheduleInvoice(invoice, 'new', DEFAULT_SETTINGS, calendar)
 * // invoice due 2026-05-11, no country: the settings' FR and the standard offsets, so the same
 * // stages as the scheduleStages example (r1 on 2026-05-15, moved from Ascension, …)
 */
export function scheduleInvoice(
  invoice: Invoice,
  segment: Segment,
  settings: Settings,
  calendar: BusinessCalendar,
): ScheduledStage[] {
  const country = invoice.country ?? settings.country;
  return scheduleStages(invoice.dueDate, settings.offsets[segment], country, calendar);
}

/** An invoice's stages for a segment (scheduleInvoice with the settings and calendar fixed). */
export type ScheduleOf = (invoice: Invoice, segment: Segment) => readonly ScheduledStage[];

/**
 * `scheduleInvoice` remembered per invoice and segment: the forecast plans one book on eight days
 * in a row, and an invoice's stages do not depend on the day.
 */
export function rememberSchedules(settings: Settings, calendar: BusinessCalendar): ScheduleOf {
  const known = new WeakMap<Invoice, Partial<Record<Segment, ScheduledStage[]>>>();
  return (invoice, segment) => {
    const bySegment = known.get(invoice) ?? {};
    known.set(invoice, bySegment);
    const stages = bySegment[segment] ?? scheduleInvoice(invoice, segment, settings, calendar);
    bySegment[segment] = stages;
    return stages;
  };
}

/**
 * Answers each (country, day) question once. Planning 10,000 invoices asks about the same few
 * hundred days over and over; holiday rules are not free to evaluate.
 *
 * @example memoizeCalendar(calendar).isBusinessDay('2026-05-14', 'FR') // → false (Ascension),
 * // evaluated once; the same question again is answered from memory
 */
export function memoizeCalendar(calendar: BusinessCalendar): BusinessCalendar {
  const open = new Map<string, boolean>();
  const names = new Map<string, string | null>();
  return {
    isBusinessDay(date, country) {
      const key = `${country}${date}`;
      let value = open.get(key);
      if (value === undefined) {
        value = calendar.isBusinessDay(date, country);
        open.set(key, value);
      }
      return value;
    },
    holidayName(date, country) {
      const key = `${country}${date}`;
      let value = names.get(key);
      if (value === undefined) {
        value = calendar.holidayName(date, country);
        names.set(key, value);
      }
      return value;
    },
  };
}
