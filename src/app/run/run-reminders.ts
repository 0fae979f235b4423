/**
 * The daily run: lock → read → reconcile → detect exchanges → plan → send by priority within the
 * quota and the time budget → write the log and the status columns → keep a report.
 *
 * Guarantees (docs/architecture.md, "The daily run, step by step"):
 * - at most once per invoice and stage: the log rows of a batch of messages are written and
 *   flushed as `pending` before Gmail is called for any of them (delivery.ts); an interrupted run
 *   leaves them pending, and the next run resolves them against Gmail (reconcile.ts) instead of
 *   sending again;
 * - a second run the same day sends nothing new: the planner reads today's rows, and a message
 *   whose key is already in the log is never sent twice (carry-out.ts);
 * - every failure is recorded on its message and the others go on;
 * - work stops before the 6-minute limit and what is left is counted as carried over in the run's
 *   row.
 *
 * This file holds the entry and the order of the steps; each step lives in its own module.
 */

import type { CalendarDate } from '../../core/calendar-date.ts';
import { clientCalendar } from '../../core/client-calendar.ts';
import type { Invoice } from '../../core/invoice.ts';
import type { LogRecord } from '../../core/log/log-rows.ts';
import { LOG_STATE_MIN_ROWS, logStateOf, withRowsWritten } from '../../core/log/log-state.ts';
import type { LogEntry } from '../../core/log-entry.ts';
import { newPlanEvents } from '../../core/payment-plans/plan-events.ts';
import type { Plan } from '../../core/plan.ts';
import { type InvoiceHold, planDay } from '../../core/planner.ts';
import { reconcilePending } from '../../core/run/reconcile.ts';
import { type RunReport, type RunStopCode, runStop } from '../../core/run/run-report.ts';
import { carriedStop, runRow, type Tally } from '../../core/run/run-tally.ts';
import { hasSignature } from '../../core/sender-name.ts';
import type { Settings } from '../../core/settings.ts';
import type { StatusCells } from '../../core/status/status-columns.ts';
import { authorizationState } from '../../gas/authorization.ts';
import { tryRunLock } from '../../gas/document-lock.ts';
import { deleteDraftsWithReference } from '../../gas/gmail-sender.ts';
import { invalidateLogStateTab, writeLogStateTab } from '../../gas/log-state-tab.ts';
import { LogWriter } from '../../gas/log-tab.ts';
import { findDraftByReference, findSentByReference } from '../../gas/recent-exchanges.ts';
import { claimRunLease, type RunLease } from '../../gas/run-lease.ts';
import { locateSpreadsheet } from '../../gas/spreadsheet-locator.ts';
import { writeStatusColumns } from '../../gas/status-writer.ts';
import { calendarDateConverter, type DateConverter } from '../../gas/zoned-date.ts';
import { withRefreshedRates } from '../rates/refresh-rates.ts';
import { warnBeforeLogEditsOnce } from '../workbook/log-warning.ts';
import { openWorkbook, type Workbook } from '../workbook/workbook.ts';
import { carryOut } from './carry-out.ts';
import { changeWatcher } from './change-watcher.ts';
import { errorText } from './error-text.ts';
import { exchangePauseRows } from './exchange-pauses.ts';
import { sendFailureDigest } from './failure-digest.ts';
import type { InvoiceSource } from './invoice-source.ts';
import { invoiceStatuses } from './invoice-statuses.ts';
import { writeLastRun } from './last-run.ts';
import { rebuildEmptyLog } from './log-rebuild.ts';
import { type NoteTabs, readNoteSources } from './note-tabs.ts';
import { RunJournal } from './run-journal.ts';
import {
  type NotePlans,
  planHolds,
  planNotes,
  planRestarts,
  quoteDocuments,
  quoteStatuses,
  standingsOf,
  withPlanStatuses,
} from './run-notes.ts';
import {
  findRunTabs,
  isRefusal,
  type Refusal,
  type RunReadings,
  type RunTabs,
  readRunTabs,
} from './run-tabs.ts';
import { errorKind, withoutClientData } from './unexpected-error.ts';

export interface RunRequest {
  readonly trigger: 'time' | 'manual';
  /** `triggerUid` of the time-driven event, to find the spreadsheet without an active one. */
  readonly triggerUid: string | null;
}

/** Entry of the use case: finds the spreadsheet, checks authorization, takes the lock. */
export function runDailyReminders(request: RunRequest): RunReport {
  const journal = new RunJournal(request.trigger);
  const located = locateSpreadsheet(request.triggerUid);
  if (!located) return skippedBeforeLock(journal, 'no_spreadsheet');
  const auth = authorizationState();
  if (auth.required) return skippedBeforeLock(journal, 'authorization_required');
  const lock = tryRunLock();
  if (!lock) return skippedBeforeLock(journal, 'locked');
  let lease: RunLease | null = null;
  let workbook: Workbook | null = null;
  try {
    // A co-editor's execution holds no lock this one waits for: the lease excludes it. Its
    // reading of the metadata is the workbook's.
    const claim = claimRunLease(located.spreadsheet);
    lease = claim.lease;
    if (!lease) return skippedBeforeLock(journal, 'locked');
    workbook = openWorkbook(located.spreadsheet, claim.items);
    journal.testMode = workbook.settings.testMode;
    const result = runLocked(workbook, journal);
    keepReport(workbook, result);
    return result;
  } catch (error) {
    // The details stay in the spreadsheet, where the sidebar's last run lists them.
    journal.tally.failures.push(errorText(error));
    if (workbook) keepReport(workbook, journal.report(runStop('error'), 'failed'));
    throw withoutClientData(error);
  } finally {
    lease?.release();
    lock.release();
  }
}

/**
 * The summary for the sidebar's "last run". The run's work is already recorded in the log, so a
 * summary that cannot be kept is only noted.
 */
function keepReport(workbook: Workbook, result: RunReport): void {
  try {
    writeLastRun(workbook.metadata, result);
  } catch {
    console.warn('Relance: the last-run summary could not be stored.');
  }
}

/**
 * A run stopped before it holds the lock writes nothing to the workbook: the execution log says
 * why, and the report goes back to the caller.
 */
function skippedBeforeLock(journal: RunJournal, code: RunStopCode): RunReport {
  const result = journal.report(runStop(code), 'skipped');
  console.warn(`Relance: ${result.stop?.message.en}`);
  return result;
}

/** What the steps of one run share: the workbook, its log writer, and the run's journal. */
interface Run {
  readonly workbook: Workbook;
  readonly settings: Settings;
  readonly journal: RunJournal;
  readonly today: CalendarDate;
  readonly writer: LogWriter;
  readonly logSheet: RunTabs['log'];
  /** The log as read at the start, and the compact state it was read with. */
  readonly log: RunReadings['log'];
  readonly logState: RunReadings['logState'];
}

/** The run proper, under the lock. */
function runLocked(opened: Workbook, journal: RunJournal): RunReport {
  let workbook = opened;
  const { settings } = workbook;
  const skippedReport = (refusal: Refusal) =>
    journal.report(runStop(refusal.refused, refusal.extra), 'skipped');

  // Nothing leaves unsigned: in live mode a run without the sender's name sends nothing.
  if (!settings.testMode && !hasSignature(settings)) {
    return skippedReport({ refused: 'no_sender_name' });
  }
  const tabs = findRunTabs(workbook);
  if (isRefusal(tabs)) return skippedReport(tabs);
  // Whoever owns the trigger, the stored settings decide: an editor who turned the daily run
  // off has stopped every automatic send.
  if (journal.trigger === 'time' && !settings.automation)
    return skippedReport({ refused: 'automation_off' });
  workbook = warnBeforeLogEditsOnce(workbook, tabs.log, tabs.log.getSheetId());
  const toDay = calendarDateConverter(workbook.timeZone);
  const today = toDay(new Date());
  journal.today = today;
  workbook = refreshRatesSafely(workbook, today);
  const readings = readRunTabs(workbook, tabs, toDay, journal);
  if (isRefusal(readings)) return skippedReport(readings);
  const { source } = readings;
  const noteTabs = readNoteSources(
    workbook.sheets,
    [tabs.invoices, tabs.templates, tabs.log],
    { toDay, locale: readings.locale, settings },
    () => {
      journal.calls.sheetReads += 1;
    },
  );
  const notes = noteTabs.sources;

  // One by one: spreading years of log rows as arguments would overflow the call stack.
  for (const record of readings.log.records) journal.entries.push(record.entry);
  const run: Run = {
    workbook,
    settings,
    journal,
    today,
    writer: new LogWriter(tabs.log, readings.log),
    logSheet: tabs.log,
    log: readings.log,
    logState: readings.logState,
  };
  settleInterrupted(readings.log.records, run);
  const rebuilt = rebuildEmptyLog({ source, notes, settings, journal, today, toDay });
  if (rebuilt === 'unverified') return skippedReport({ refused: 'history_unverified' });
  keepRebuilt(rebuilt, run);
  pauseOnExchanges([...source.invoices, ...quoteDocuments(notes)], toDay, run);
  // Payment plans: their events are logged first, and a kept plan suspends its invoices while a
  // broken one restarts their sequence.
  const standings = standingsOf(notes, source.invoices, journal.entries, today);
  journal.add(
    newPlanEvents(standings, journal.entries, {
      at: journal.at(),
      date: today,
      runId: journal.runId,
    }),
  );
  const holds = planHolds(standings);
  const restarts = planRestarts(standings);
  const notesFor = () =>
    planNotes({
      sources: notes,
      standings,
      invoices: source.invoices,
      log: journal.entries,
      settings,
      today,
    });

  carryOut(
    planFor(source, run, holds, restarts),
    {
      workbook,
      templates: readings.templates,
      writer: run.writer,
      journal,
      changedSincePlan: changeWatcher(source.invoices, readings.readSource),
    },
    notesFor().emails,
  );
  writeNewRows(run);

  // The plan again, from the log as the run left it: what the status columns show.
  const after = planFor(source, run, holds, restarts);
  const notesAfter = notesFor();
  countSkips(after, journal.tally);
  writeStatuses(tabs.invoices, source, after, run, (statuses) =>
    withPlanStatuses(statuses, standings, notesAfter, settings, journal.problems),
  );
  writeQuoteStatuses(noteTabs, notesAfter, run);
  return finish(run);
}

/**
 * Rebuilt history goes to the log at once, before anything is sent: a run cut later still leaves
 * it, and the next run does not rebuild over rows it wrote itself.
 */
function keepRebuilt(rebuilt: readonly LogEntry[], run: Run): void {
  if (rebuilt.length === 0) return;
  // One by one, like the log's own rows: a large book rebuilds tens of thousands of entries.
  for (const entry of rebuilt) run.journal.entries.push(entry);
  run.writer.append(rebuilt);
  run.journal.calls.sheetWrites += 1;
}

/**
 * The monthly rate refresh never stops a run: whatever goes wrong beyond what it records itself
 * (a store write failing), the run goes on with the rates it had, and the log says why.
 */
function refreshRatesSafely(workbook: Workbook, today: CalendarDate): Workbook {
  try {
    return withRefreshedRates(workbook, today);
  } catch (error) {
    console.warn(`Relance: rate refresh failed (${errorKind(error)}).`);
    return workbook;
  }
}

/** Pending rows of an interrupted run: resolved against Gmail, never re-sent blindly. */
function settleInterrupted(records: readonly LogRecord[], run: Run): void {
  const calls = run.journal.calls;
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
    run.journal.at(),
    run.journal.runId,
  );
  if (reconciliation.updates.length === 0) return;
  // Rows the state covers are about to change: readers read the whole log until the run ends.
  if (run.logState.state) {
    invalidateLogStateTab(run.logState);
    calls.sheetWrites += 1;
  }
  const rowIndex = new Map(records.map((r, i) => [r.row, i]));
  for (const update of reconciliation.updates) {
    const index = rowIndex.get(update.record.row);
    if (index !== undefined) run.journal.entries[index] = update.entry;
    run.writer.settle(update.record, update.entry);
  }
  run.writer.flushOutcomes();
  calls.sheetWrites += 1;
  run.journal.tally.reconciled = reconciliation.messages;
}

/**
 * Client replies, hand-written e-mails and bounced reminders, in one Gmail search, before the
 * plan reads the log.
 */
function pauseOnExchanges(invoices: readonly Invoice[], toDay: DateConverter, run: Run): void {
  const rows = exchangePauseRows({
    invoices,
    entries: run.journal.entries,
    settings: run.settings,
    toDay,
    today: run.today,
    runId: run.journal.runId,
    at: () => run.journal.at(),
  });
  run.journal.calls.gmailSearches += 1;
  run.journal.tally.paused = rows.filter((row) => row.outcome === 'paused').length;
  run.journal.add(rows);
}

function planFor(
  source: InvoiceSource,
  run: Run,
  holds: readonly InvoiceHold[],
  restarts: ReadonlyMap<string, CalendarDate>,
): Plan {
  return planDay({
    today: run.today,
    invoices: source.invoices,
    rowErrors: source.rowErrors,
    log: run.journal.entries,
    settings: run.settings,
    calendar: clientCalendar(run.settings),
    holds,
    restarts,
  });
}

/** The quotes tab's status columns, matched by quote number like the invoices'. */
function writeQuoteStatuses(tabs: NoteTabs, plans: NotePlans, run: Run): void {
  const quotes = tabs.sources.quotes;
  if (!quotes || quotes.keyHeader === null || !tabs.quotesSheet) return;
  const { journal } = run;
  const statuses = quoteStatuses(
    plans,
    tabs.sources,
    journal.entries,
    run.settings,
    journal.problems,
  );
  const written = writeStatusColumns(tabs.quotesSheet, {
    keyHeader: quotes.keyHeader,
    statuses,
    language: run.settings.language,
    ...(tabs.quotesRead ? { asRead: tabs.quotesRead } : {}),
  });
  journal.calls.sheetReads += 1;
  journal.calls.sheetWrites += 1;
  if (!written.ok && written.problem) journal.tally.failures.push(written.problem);
}

/**
 * Everything still unwritten, in one append with the outcomes right above it. Without new rows the
 * last outcomes wait for the run's own row (one write less; a run cut meanwhile leaves them
 * pending, and the next one finds them in Sent mail).
 */
function writeNewRows(run: Run): void {
  if (run.journal.newRows.length === 0) return;
  run.writer.append(run.journal.newRows);
  run.journal.calls.sheetWrites += 1;
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

/** Status columns, matched by invoice number on a fresh read of the keys (rows may have moved). */
function writeStatuses(
  invoicesTab: RunTabs['invoices'],
  source: InvoiceSource,
  plan: Plan,
  run: Run,
  adjust: (statuses: Map<string, StatusCells>) => Map<string, StatusCells>,
): void {
  if (source.keyHeader === null) return;
  const { settings, journal } = run;
  const statuses = adjust(
    invoiceStatuses(
      plan,
      source.invoices,
      journal.entries,
      settings,
      source.rowErrors,
      journal.problems,
    ),
  );
  const written = writeStatusColumns(invoicesTab, {
    keyHeader: source.keyHeader,
    statuses,
    language: settings.language,
    asRead: source.values,
  });
  journal.calls.sheetReads += 1;
  journal.calls.sheetWrites += 1;
  if (!written.ok && written.problem) journal.tally.failures.push(written.problem);
}

/**
 * The compact log state, rewritten from the log as the run leaves it (what it read, and every row
 * it wrote). A state that cannot be written is only noted: the next reader reads the rows after
 * the older checkpoint, or the whole log.
 */
function keepLogState(run: Run): void {
  const { records, lastCells } = run.writer.written();
  const lastRow = run.writer.nextRow - 1;
  if (lastCells === null || (!run.logState.sheet && lastRow < LOG_STATE_MIN_ROWS)) return;
  try {
    const tab = run.logState;
    // Rows moved during the run (the tab sorted, rows deleted or inserted): the rows read at the
    // start no longer say where each record is, so the state is forgotten and the next reader
    // reads the whole log.
    if (run.writer.moved) invalidateLogStateTab(tab);
    else
      writeLogStateTab(
        run.workbook.spreadsheet,
        tab,
        logStateOf(withRowsWritten(run.log.records, records), run.log.headerRow, {
          sheetId: run.logSheet.getSheetId(),
          lastRow,
          lastCells,
        }),
        run.settings.language,
      );
    run.journal.calls.sheetWrites += 1;
  } catch (error) {
    console.warn(`Relance: log state not kept (${errorKind(error)}).`);
  }
}

/** The report, its `run` row in the log, and the failure digest when asked for. */
function finish(run: Run): RunReport {
  const { journal } = run;
  const { tally } = journal;
  const status: RunReport['status'] = tally.carriedOver > 0 ? 'partial' : 'completed';
  const stopped = tally.carriedOver > 0 ? carriedStop(tally) : null;
  journal.calls.sheetReads += run.writer.reads;
  const result = journal.report(stopped, status);
  run.writer.append([runRow(result, run.today, journal.runId)]);
  run.writer.flushOutcomes();
  journal.calls.sheetWrites += 1;
  keepLogState(run);
  // Carried-over work is not a failure: it goes out on the next run, and a digest would spend
  // the quota the reminders need.
  if (run.settings.failureDigest && tally.failed > 0) sendFailureDigest(result, run.settings);
  return result;
}
