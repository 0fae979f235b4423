/**
 * What a run counts as it goes, and the report made of it: kept for the sidebar ("last run") and
 * summarised in one `run` row of the log.
 */
import type { CalendarDate } from '../calendar-date.ts';
import { formatLogDetail } from '../history.ts';
import type { RowError } from '../invoice.ts';
import { type LogEntry, logEntry } from '../log-entry.ts';
import { type RunReport, type RunStop, runStop, type ServiceCallCounts } from './run-report.ts';

/** Row errors listed in the report (all of them show in the sidebar). */
const MAX_ROW_ERROR_MESSAGES = 50;

/** What the report says of the run besides its tally; filled in as the run learns it. */
export interface RunBase {
  readonly runId: string;
  /** `Date.now()` when the run began: the time budget and the duration count from it. */
  readonly started: number;
  readonly trigger: RunReport['trigger'];
  readonly testMode: boolean;
  today: CalendarDate | null;
  readonly calls: ServiceCallCounts;
  rowErrors: readonly RowError[];
}

export interface Tally {
  sent: number;
  testSent: number;
  drafted: number;
  tasks: number;
  failed: number;
  carriedOver: number;
  paused: number;
  reconciled: number;
  failures: string[];
  skippedByReason: Record<string, number>;
}

export function newTally(): Tally {
  return {
    sent: 0,
    testSent: 0,
    drafted: 0,
    tasks: 0,
    failed: 0,
    carriedOver: 0,
    paused: 0,
    reconciled: 0,
    failures: [],
    skippedByReason: {},
  };
}

export function runReport(
  base: RunBase,
  tally: Tally,
  stop: RunStop | null,
  status: RunReport['status'],
): RunReport {
  return {
    at: new Date(base.started).toISOString(),
    runId: base.runId,
    status,
    stop,
    today: base.today,
    trigger: base.trigger,
    testMode: base.testMode,
    sent: tally.sent,
    testSent: tally.testSent,
    drafted: tally.drafted,
    tasks: tally.tasks,
    failed: tally.failed,
    carriedOver: tally.carriedOver,
    failures: tally.failures,
    skippedByReason: tally.skippedByReason,
    rowErrors: base.rowErrors.length,
    rowErrorMessages: base.rowErrors.slice(0, MAX_ROW_ERROR_MESSAGES).map((e) => e.message),
    reconciled: tally.reconciled,
    paused: tally.paused,
    durationMs: Math.round(Date.now() - base.started),
    serviceCalls: base.calls,
  };
}

/** Why work was carried over: the quota when a quota failure was noted, else the time budget. */
export function carriedStop(tally: Tally): RunStop {
  return tally.failures.some((f) => f.startsWith('quota'))
    ? runStop('quota')
    : runStop('time_budget');
}

/** The `run` row: one line of the log per run, with its counts. */
export function runRow(result: RunReport, today: CalendarDate, runId: string): LogEntry {
  return logEntry({
    at: new Date().toISOString(),
    date: today,
    runId,
    outcome: 'run',
    detail: formatLogDetail({
      status: result.status,
      sent: String(result.sent),
      test: String(result.testSent),
      drafted: String(result.drafted),
      tasks: String(result.tasks),
      failed: String(result.failed),
      carried: String(result.carriedOver),
      ms: String(Math.round(result.durationMs)),
    }),
  });
}
