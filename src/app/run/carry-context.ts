/**
 * What carrying out the day's plan works with: the workbook, the templates, the log writer and
 * the run's journal, where each planned action is recorded.
 */
import { formatLogDetail } from '../../core/history.ts';
import type { PlannedAction } from '../../core/plan-records.ts';
import type { TemplateRow } from '../../core/templates/index.ts';
import { text } from '../../core/texts/server-texts.ts';
import type { LogWriter } from '../../gas/log-tab.ts';
import type { Workbook } from '../workbook/workbook.ts';
import type { RunJournal } from './run-journal.ts';

/** A planned message (e-mail or notice draft) or follow-up (task). */
export type Action = PlannedAction;

/** Apps Script stops an execution after 6 minutes; new messages stop well before. */
export const RUN_TIME_BUDGET_MS = 4.5 * 60 * 1000;

export type StopReason = 'quota' | 'time_budget';

/** What is left for the messages still to go; once stopped, every later message carries over. */
export interface Budget {
  /** Recipients Gmail still accepts today, less those of the messages waiting in a batch. */
  quota: number;
  stopReason: StopReason | null;
  /** The user's address: where test-mode messages go. */
  readonly userEmail: string;
}

export interface CarryContext {
  readonly workbook: Workbook;
  readonly templates: readonly TemplateRow[];
  readonly writer: LogWriter;
  readonly journal: RunJournal;
  /** Invoices of the action whose row changed (or went) since the plan, on a fresh reading. */
  readonly changedSincePlan: (action: Action) => string[];
}

/**
 * Marks a draft or task made in test mode: it went to the user, and once live the client's real
 * sequence does not count it as done (history.ts).
 */
export function testMark(testMode: boolean): Record<string, string> {
  return testMode ? { mode: 'test' } : {};
}

/** Whether the run is past its time budget: then messages not yet sent carry over. */
export function pastTimeBudget(ctx: CarryContext): boolean {
  return Date.now() - ctx.journal.started > RUN_TIME_BUDGET_MS;
}

/**
 * A message that did not fit in the quota or the time budget: counted in the run's summary row
 * (a row per waiting invoice each day would grow the log without telling anything new), noted in
 * its invoices' status column, and planned again by the next run.
 */
export function carryOver(action: Action, ctx: CarryContext): void {
  ctx.journal.tally.carriedOver += 1;
  ctx.journal.note(action, text(ctx.workbook.settings.language, 'carriedOver'));
}

/** The detail of a message held because its invoices changed in the sheet during the run. */
export function changedDetail(changed: readonly string[]): string {
  return formatLogDetail({ reason: 'changed_during_run', changed: changed.join(' ') });
}

/** The status note of a message held because its invoices changed during the run. */
export function noteChanged(action: Action, ctx: CarryContext): void {
  ctx.journal.note(action, text(ctx.workbook.settings.language, 'changedDuringRun'));
}
