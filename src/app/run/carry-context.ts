/**
 * What carrying out the day's plan works with: the workbook, the templates, the log writer and
 * the run's journal, where each planned action is recorded.
 */
import type { PlannedAction } from '../../core/plan-records.ts';
import type { TemplateRow } from '../../core/templates/index.ts';
import type { LogWriter } from '../../gas/log-tab.ts';
import type { Workbook } from '../workbook/workbook.ts';
import type { RunJournal } from './run-journal.ts';

/** A planned message (e-mail or notice draft) or follow-up (task). */
export type Action = PlannedAction;

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
