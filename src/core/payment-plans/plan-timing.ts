/** When a payment plan's notes go out and when it breaks, for one client segment (settings `planTiming`). */
export interface PlanTiming {
  /** A friendly note this many days before each instalment's date; null = none. */
  readonly noteDaysBefore: number | null;
  /** A reminder this many days after a missed date, before the plan breaks; null = none. */
  readonly reminderDaysAfter: number | null;
  /**
   * An instalment still unpaid this many days after its date breaks the plan. A new plan takes
   * the value of its client's segment and keeps it (the plans tab's column): changing the setting
   * later never breaks a plan already agreed.
   */
  readonly breakAfterDays: number;
}

/** The guides' light touch: a note 3 days before, a reminder 3 days after, broken after 10. */
export const STANDARD_PLAN_TIMING: PlanTiming = {
  noteDaysBefore: 3,
  reminderDaysAfter: 3,
  breakAfterDays: 10,
};
