import type { CalendarDate } from './calendar-date.ts';
import type { MessageStage } from './stage.ts';

/**
 * What happened to one action. `pending` is written and flushed before a send; it becomes
 * `sent` (or `failed`) after. A `pending` row that outlived its run is reconciled, never re-sent
 * blindly.
 */
export type LogOutcome =
  | 'pending'
  | 'sent'
  | 'test_sent'
  | 'drafted'
  | 'task'
  | 'task_done'
  | 'failed'
  | 'skipped'
  | 'held'
  | 'paused'
  /**
   * A responder's automatic reply (out of office) in a reminder's thread: information for the
   * user, never a pause (`on=`, `from=`, `msg=`, `quote=` in the detail: see history.ts).
   */
  | 'auto_reply'
  | 'resumed'
  | 'carried_over'
  | 'run'
  /** A payment plan's event (`event=created|kept|broken` in the detail): see payment-plans/. */
  | 'plan'
  /** The user changed the templates from the sidebar (e.g. kept one A/B variant). */
  | 'templates_changed';

/** The `runId` of the rows the user's actions in the sidebar write (no run wrote them). */
export const USER_RUN_ID = 'user';

/** The `runId` of rows a sidebar preview plans with and never writes (what the run will record). */
export const PREVIEW_RUN_ID = 'preview';

/**
 * Whether no run wrote any of `entries` (an empty log, or one holding only the user's actions
 * since it was cleared): the history of what was sent has to be rebuilt before planning.
 */
export function noRunLogged(entries: readonly Pick<LogEntry, 'runId'>[]): boolean {
  return entries.every((entry) => entry.runId === USER_RUN_ID);
}

/** One row of the log tab: the audit trail and the source of truth for what was already done. */
export interface LogEntry {
  /** ISO instant (UTC) of the event. */
  readonly at: string;
  /** The run's business day, in the user's calendar. */
  readonly date: CalendarDate;
  /** The run that wrote the row, or USER_RUN_ID for a user's action in the sidebar. */
  readonly runId: string;
  readonly outcome: LogOutcome;
  readonly stage: MessageStage | null;
  readonly invoiceNumbers: readonly string[];
  readonly clientKey: string;
  readonly recipients: readonly string[];
  readonly templateId: string | null;
  readonly variant: string | null;
  readonly subject: string;
  readonly threadId: string | null;
  /** Idempotency key of the message (one per client, stage and day): the reference searched in Sent mail. */
  readonly messageKey: string | null;
  /**
   * Free text for people, or `key=value; key=value` fields the planner reads for `held`, `paused`
   * and user `skipped` rows (`until=`, `on=`, `kind=`, `by=user`): see history.ts.
   */
  readonly detail: string;
}

/** What every log row must say; the rest defaults to "none" (no stage, invoice or message). */
export type LogEntryEssentials = Pick<LogEntry, 'at' | 'date' | 'runId' | 'outcome'> &
  Partial<LogEntry>;

/** A log row for an event that concerns no particular message: a run, a pause, a user action. */
export function logEntry(fields: LogEntryEssentials): LogEntry {
  return {
    stage: null,
    invoiceNumbers: [],
    clientKey: '',
    recipients: [],
    templateId: null,
    variant: null,
    subject: '',
    threadId: null,
    messageKey: null,
    detail: '',
    ...fields,
  };
}
