/**
 * The daily run: lock → read → reconcile → detect exchanges → plan → send by priority within the
 * quota and the time budget → write the log and the status columns → keep a report.
 *
 * Guarantees (DESIGN.md "Sending"):
 * - at most once per invoice and stage: the log rows of a message are written and flushed as
 *   `pending` before Gmail is called (delivery.ts); an interrupted run leaves them pending, and
 *   the next run resolves them against Gmail (reconcile.ts) instead of sending again;
 * - a second run the same day sends nothing new: the planner reads today's rows, and a message
 *   whose key is already in the log is never sent twice (carry-out.ts);
 * - every failure is recorded on its message and the others go on;
 * - work stops before the 6-minute limit and what is left is logged as carried over.
 *
 * This file holds the entry and the order of the steps; each step lives in its own module.
 */

import type { CalendarDate } from '../../core/calendar-date.ts';
import { clientCalendar } from '../../core/client-calendar.ts';
import type { Invoice } from '../../core/invoice.ts';
import type { LogRecord } from '../../core/log/log-rows.ts';
import type { LogEntry } from '../../core/log-entry.ts';
import type { Plan } from '../../core/plan.ts';
import { planDay } from '../../core/planner.ts';
import { reconcilePending } from '../../core/run/reconcile.ts';
import {
  emptyCalls,
  type RunReport,
  type RunStopCode,
  runStop,
} from '../../core/run/run-report.ts';
import {
  carriedStop,
  newTally,
  type RunBase,
  runReport,
  runRow,
  type Tally,
} from '../../core/run/run-tally.ts';
import { hasSignature } from '../../core/sender-name.ts';
import type { Settings } from '../../core/settings.ts';
import { authorizationState } from '../../gas/authorization.ts';
import { tryRunLock } from '../../gas/document-lock.ts';
import { LAST_RUN_KEY } from '../../gas/document-store.ts';
import { deleteDraftsWithReference } from '../../gas/gmail-sender.ts';
import { LogWriter } from '../../gas/log-tab.ts';
import { findDraftByReference, findSentByReference } from '../../gas/recent-exchanges.ts';
import { locateSpreadsheet } from '../../gas/spreadsheet-locator.ts';
import { writeStatusColumns } from '../../gas/status-writer.ts';
import { calendarDateConverter, type DateConverter } from '../../gas/zoned-date.ts';
import { openWorkbook, type Workbook } from '../workbook/workbook.ts';
import { carryOut } from './carry-out.ts';
import { changeWatcher } from './change-watcher.ts';
import { exchangePauseRows } from './exchange-pauses.ts';
import { sendFailureDigest } from './failure-digest.ts';
import type { InvoiceSource } from './invoice-source.ts';
import { invoiceStatuses } from './invoice-statuses.ts';
import { findRunTabs, isRefusal, type Refusal, type RunTabs, readRunTabs } from './run-tabs.ts';

export interface RunRequest {
  readonly trigger: 'time' | 'manual';
  /** `triggerUid` of the time-driven event, to find the spreadsheet without an active one. */
  readonly triggerUid: string | null;
}

function newRunId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  return `run-${stamp}-${Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
}

/** Entry of the use case: finds the spreadsheet, checks authorization, takes the lock. */
export function runDailyReminders(request: RunRequest): RunReport {
  const started = Date.now();
  const runId = newRunId(new Date(started));
  const base: RunBase = {
    runId,
    started,
    trigger: request.trigger,
    testMode: false,
    today: null,
    calls: emptyCalls(),
    rowErrors: [],
  };
  const located = locateSpreadsheet(request.triggerUid);
  if (!located) return skippedBeforeLock(base, 'no_spreadsheet');
  const auth = authorizationState();
  if (auth.required) return skippedBeforeLock(base, 'authorization_required');
  const lock = tryRunLock();
  if (!lock) return skippedBeforeLock(base, 'locked');
  try {
    const workbook = openWorkbook(located.spreadsheet);
    const result = runLocked(workbook, { ...base, testMode: workbook.settings.testMode });
    workbook.store.write(LAST_RUN_KEY, result, workbook.snapshot);
    return result;
  } finally {
    lock.release();
  }
}

/**
 * A run stopped before it holds the lock writes nothing to the workbook: the execution log says
 * why, and the report goes back to the caller.
 */
function skippedBeforeLock(base: RunBase, code: RunStopCode): RunReport {
  const result = runReport(base, newTally(), runStop(code), 'skipped');
  console.warn(`Relance: ${result.stop?.message.en}`);
  return result;
}

/** What the steps of one run share. */
interface Run {
  readonly workbook: Workbook;
  readonly settings: Settings;
  readonly base: RunBase;
  readonly tally: Tally;
  readonly today: CalendarDate;
  readonly at: () => string;
  readonly writer: LogWriter;
  /** The whole log as the run knows it, today's rows included. */
  readonly entries: LogEntry[];
  /** Rows not written yet: they go in one append after the carry-out. */
  readonly newRows: LogEntry[];
}

/** The run proper, under the lock. */
function runLocked(workbook: Workbook, base: RunBase): RunReport {
  const { settings } = workbook;
  const tally = newTally();
  const skippedReport = (refusal: Refusal) =>
    runReport(base, tally, runStop(refusal.refused, refusal.extra), 'skipped');

  // Nothing leaves unsigned: in live mode a run without the sender's name sends nothing.
  if (!settings.testMode && !hasSignature(settings)) {
    return skippedReport({ refused: 'no_sender_name' });
  }
  const tabs = findRunTabs(workbook);
  if (isRefusal(tabs)) return skippedReport(tabs);
  const toDay = calendarDateConverter(workbook.timeZone);
  const today = toDay(new Date());
  base.today = today;
  const readings = readRunTabs(workbook, tabs, toDay, base);
  if (isRefusal(readings)) return skippedReport(readings);
  const { source } = readings;

  const run: Run = {
    workbook,
    settings,
    base,
    tally,
    today,
    at: () => new Date().toISOString(),
    writer: new LogWriter(tabs.log, readings.log),
    entries: readings.log.records.map((r) => r.entry),
    newRows: [],
  };
  settleInterrupted(readings.log.records, run);
  pauseOnExchanges(source.invoices, toDay, run);

  const problems = new Map<string, string>();
  carryOut(planFor(source, run), {
    workbook,
    templates: readings.templates,
    writer: run.writer,
    entries: run.entries,
    newRows: run.newRows,
    tally,
    base,
    at: run.at,
    today,
    problems,
    changedSincePlan: changeWatcher(source.invoices, readings.readSource),
  });
  writeNewRows(run);

  // The plan again, from the log as the run left it: what the status columns show.
  const after = planFor(source, run);
  countSkips(after, tally);
  writeStatuses(tabs.invoices, source, after, problems, run);
  return finish(run);
}

/** Pending rows of an interrupted run: resolved against Gmail, never re-sent blindly. */
function settleInterrupted(records: readonly LogRecord[], run: Run): void {
  const calls = run.base.calls;
  const reconciliation = reconcilePending(
    records,
    {
      findSent: (ref) => {
        calls.gmailSearches += 1;
        return findSentByReference(ref);
      },
      findDraft: (ref) => {
        calls.gmailSearches += 1;
        return findDraftByReference(ref);
      },
      deleteDrafts: (ref) => deleteDraftsWithReference(ref),
    },
    run.at(),
    run.base.runId,
  );
  if (reconciliation.updates.length === 0) return;
  const rowIndex = new Map(records.map((r, i) => [r.row, i]));
  for (const update of reconciliation.updates) {
    const index = rowIndex.get(update.record.row);
    if (index !== undefined) run.entries[index] = update.entry;
    run.writer.settle(update.record, update.entry);
  }
  run.writer.flushOutcomes();
  calls.sheetWrites += 1;
  run.tally.reconciled = reconciliation.messages;
}

/** Client replies and hand-written e-mails, in one Gmail search, before the plan reads the log. */
function pauseOnExchanges(invoices: readonly Invoice[], toDay: DateConverter, run: Run): void {
  const pausedRows = exchangePauseRows({
    invoices,
    entries: run.entries,
    settings: run.settings,
    toDay,
    today: run.today,
    runId: run.base.runId,
    at: run.at,
  });
  run.base.calls.gmailSearches += 1;
  run.tally.paused = pausedRows.length;
  run.newRows.push(...pausedRows);
  run.entries.push(...pausedRows);
}

function planFor(source: InvoiceSource, run: Run): Plan {
  return planDay({
    today: run.today,
    invoices: source.invoices,
    rowErrors: source.rowErrors,
    log: run.entries,
    settings: run.settings,
    calendar: clientCalendar(run.settings),
  });
}

/** Everything still unwritten, in one append; then the settled outcomes. */
function writeNewRows(run: Run): void {
  if (run.newRows.length > 0) {
    run.writer.append(run.newRows);
    run.base.calls.sheetWrites += 1;
  }
  run.writer.flushOutcomes();
}

function countSkips(plan: Plan, tally: Tally): void {
  for (const decision of plan.decisions) {
    if (decision.state === 'skipped') {
      const code = decision.reason.code;
      tally.skippedByReason[code] = (tally.skippedByReason[code] ?? 0) + 1;
    }
  }
}

/** Status columns, matched by invoice number on a fresh read (rows may have moved). */
function writeStatuses(
  invoicesTab: RunTabs['invoices'],
  source: InvoiceSource,
  plan: Plan,
  problems: ReadonlyMap<string, string>,
  run: Run,
): void {
  if (source.keyHeader === null) return;
  const { settings } = run;
  const statuses = invoiceStatuses(plan, run.entries, settings, source.rowErrors, problems);
  const written = writeStatusColumns(
    invoicesTab,
    source.headerRow,
    source.keyHeader,
    statuses,
    settings.language,
  );
  run.base.calls.sheetReads += 1;
  run.base.calls.sheetWrites += 1;
  if (!written.ok && written.problem) run.tally.failures.push(written.problem);
}

/** The report, its `run` row in the log, and the failure digest when asked for. */
function finish(run: Run): RunReport {
  const { tally, base } = run;
  const status: RunReport['status'] = tally.carriedOver > 0 ? 'partial' : 'completed';
  const stopped = tally.carriedOver > 0 ? carriedStop(tally) : null;
  const result = runReport(base, tally, stopped, status);
  run.writer.append([runRow(result, run.today, base.runId)]);
  base.calls.sheetWrites += 1;
  // Carried-over work is not a failure: it goes out on the next run, and a digest would spend
  // the quota the reminders need.
  if (run.settings.failureDigest && tally.failed > 0) sendFailureDigest(result, run.settings);
  return result;
}
