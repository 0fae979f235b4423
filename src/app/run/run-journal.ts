/**
 * One run's record, kept as the run goes: what the report says of it (id, trigger, day, service
 * calls, row errors, tally), the log as the run knows it, the rows still to write, and the notes
 * for the status columns. Every step writes into it through `record`, `note` and `fail`, so a
 * planned action is always logged the way the history reads it (see `actionRows`).
 */
import type { CalendarDate } from '../../core/calendar-date.ts';
import type { RowError } from '../../core/invoice.ts';
import type { LogEntry, LogOutcome } from '../../core/log-entry.ts';
import { type ActionRowFields, actionRows, type PlannedAction } from '../../core/plan-records.ts';
import {
  emptyCalls,
  type RunReport,
  type RunStop,
  type ServiceCallCounts,
} from '../../core/run/run-report.ts';
import { newTally, type RunBase, runReport, type Tally } from '../../core/run/run-tally.ts';

function newRunId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  return `run-${stamp}-${Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
}

export class RunJournal implements RunBase {
  readonly runId: string;
  /** `Date.now()` when the run began: the time budget and the duration count from it. */
  readonly started: number;
  readonly trigger: RunReport['trigger'];
  testMode = false;
  /** The business day the run plans for, once the tabs are read. */
  today: CalendarDate | null = null;
  readonly calls: ServiceCallCounts = emptyCalls();
  rowErrors: readonly RowError[] = [];
  readonly tally: Tally = newTally();
  /** The whole log as the run knows it, today's rows included. */
  readonly entries: LogEntry[] = [];
  /** Rows not written yet: they go in one append after the carry-out. */
  readonly newRows: LogEntry[] = [];
  /** Notes for the status column, by invoice number (today's failures and holds). */
  readonly problems = new Map<string, string>();

  constructor(trigger: RunReport['trigger'], started: number = Date.now()) {
    this.trigger = trigger;
    this.started = started;
    this.runId = newRunId(new Date(started));
  }

  /** Now, as written in the log's `at` column. */
  at(): string {
    return new Date().toISOString();
  }

  /** The business day planned for; only asked once the run has read its tabs. */
  get day(): CalendarDate {
    if (this.today === null) throw new Error('Relance: the run has no day yet.');
    return this.today;
  }

  /** The log rows of `action` with `outcome`, stamped with this run, not recorded yet. */
  rowsOf(action: PlannedAction, outcome: LogOutcome, fields: ActionRowFields = {}): LogEntry[] {
    return actionRows(
      action,
      outcome,
      { at: this.at(), date: this.day, runId: this.runId },
      fields,
    );
  }

  /** Records `action` with `outcome`: its rows join the final append and the run's log at once. */
  record(action: PlannedAction, outcome: LogOutcome, fields: ActionRowFields = {}): void {
    this.add(this.rowsOf(action, outcome, fields));
  }

  /** Rows for the final append; the run's own view of the log includes them at once. */
  add(rows: readonly LogEntry[]): void {
    // One by one: a rebuilt log can hold more rows than a call takes arguments.
    for (const row of rows) {
      this.newRows.push(row);
      this.entries.push(row);
    }
  }

  /** The note shown in the status column of each invoice of `action`. */
  note(action: PlannedAction, text: string): void {
    for (const item of action.invoices) this.problems.set(item.invoice.number, text);
  }

  /** A failure of `action`: noted on its invoices and listed in the report (and the digest). */
  fail(action: PlannedAction, text: string): void {
    this.note(action, text);
    const numbers = action.invoices.map((i) => i.invoice.number).join(', ');
    this.tally.failures.push(`${numbers} (${action.client}): ${text}`);
  }

  report(stop: RunStop | null, status: RunReport['status']): RunReport {
    return runReport(this, this.tally, stop, status);
  }
}
