import { clientCalendar } from '../../core/client-calendar.ts';
import type { LogEntry } from '../../core/log-entry.ts';
import { planDay } from '../../core/planner.ts';
import { parseTemplateRows } from '../../core/templates/index.ts';
import { authorizationState } from '../../gas/authorization.ts';
import { tryRunLock } from '../../gas/document-lock.ts';
import { LAST_RUN_KEY } from '../../gas/document-store.ts';
import { deleteDraftsWithReference } from '../../gas/gmail-sender.ts';
import { LogWriter, readLogTab } from '../../gas/log-tab.ts';
import { findDraftByReference, findSentByReference } from '../../gas/recent-exchanges.ts';
import { locateSpreadsheet } from '../../gas/spreadsheet-locator.ts';
import { writeStatusColumns } from '../../gas/status-writer.ts';
import { readValues } from '../../gas/tab-reader.ts';
import { calendarDateConverter } from '../../gas/zoned-date.ts';
import { missingLogFields } from '../log/log-rows.ts';
import {
  invoicesSheet,
  logSheet,
  openWorkbook,
  templatesSheet,
  type Workbook,
} from '../workbook/workbook.ts';
import { carryOut } from './carry-out.ts';
import { changeWatcher } from './change-watcher.ts';
import { exchangePauseRows } from './exchange-pauses.ts';
import { sendFailureDigest } from './failure-digest.ts';
import { readInvoiceSource } from './invoice-source.ts';
import { invoiceStatuses } from './invoice-statuses.ts';
import { reconcilePending } from './reconcile.ts';
import { emptyCalls, type RunReport, type RunStopCode, runStop } from './run-report.ts';
import { carriedStop, newTally, type RunBase, runReport, runRow } from './run-tally.ts';

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
  if (!located) {
    const result = runReport(base, newTally(), runStop('no_spreadsheet'), 'skipped');
    console.warn(`Relance: ${result.stop?.message.en}`);
    return result;
  }
  const auth = authorizationState();
  if (auth.required) {
    const result = runReport(base, newTally(), runStop('authorization_required'), 'skipped');
    console.warn(`Relance: ${result.stop?.message.en}`);
    return result;
  }
  const lock = tryRunLock();
  if (!lock) {
    const result = runReport(base, newTally(), runStop('locked'), 'skipped');
    console.warn(`Relance: ${result.stop?.message.en}`);
    return result;
  }
  try {
    const workbook = openWorkbook(located.spreadsheet);
    const result = runLocked(workbook, { ...base, testMode: workbook.settings.testMode });
    workbook.store.write(LAST_RUN_KEY, result, workbook.snapshot);
    return result;
  } finally {
    lock.release();
  }
}

/** The run proper, under the lock. */
function runLocked(workbook: Workbook, base: RunBase): RunReport {
  const { settings } = workbook;
  const tally = newTally();
  const skippedReport = (code: RunStopCode, extra?: string) =>
    runReport(base, tally, runStop(code, extra), 'skipped');

  if (!workbook.configured || workbook.setup.setUpAt === null) return skippedReport('not_set_up');
  const invoicesTab = invoicesSheet(workbook);
  if (!invoicesTab)
    return skippedReport(
      settings.invoicesSheet === null ? 'invoices_tab_not_chosen' : 'no_invoices_tab',
    );
  const templatesTab = templatesSheet(workbook);
  if (!templatesTab) return skippedReport('no_templates_tab');
  const logTab = logSheet(workbook);
  if (!logTab) return skippedReport('no_log_tab');

  const toDay = calendarDateConverter(workbook.timeZone);
  const today = toDay(new Date());
  base.today = today;
  const calls = base.calls;

  // One read per tab.
  const locale = workbook.spreadsheet.getSpreadsheetLocale();
  const readSource = () => {
    calls.sheetReads += 1;
    return readInvoiceSource({ values: readValues(invoicesTab), toDay, locale }, settings);
  };
  const source = readSource();
  base.rowErrors = source.rowErrors;
  if (source.problem) return skippedReport('mapping_incomplete', source.problem[settings.language]);
  const parsedTemplates = parseTemplateRows(readValues(templatesTab));
  calls.sheetReads += 1;
  const logContent = readLogTab(logTab);
  calls.sheetReads += 1;
  const missingLog = missingLogFields(logContent.layout);
  if (logContent.nextRow > 1 && missingLog.length > 0)
    return skippedReport('log_unreadable', missingLog.join(', '));

  const writer = new LogWriter(logTab, logContent);
  const at = () => new Date().toISOString();
  const entries: LogEntry[] = logContent.records.map((r) => r.entry);

  // Pending rows of an interrupted run: resolved against Gmail, never re-sent blindly.
  const reconciliation = reconcilePending(
    logContent.records,
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
    at(),
    base.runId,
  );
  if (reconciliation.updates.length > 0) {
    const rowIndex = new Map(logContent.records.map((r, i) => [r.row, i]));
    for (const update of reconciliation.updates) {
      const index = rowIndex.get(update.record.row);
      if (index !== undefined) entries[index] = update.entry;
      writer.settle(update.record, update.entry);
    }
    writer.flushOutcomes();
    calls.sheetWrites += 1;
    tally.reconciled = reconciliation.messages;
  }

  // Client replies and hand-written e-mails, in one Gmail search.
  const newRows: LogEntry[] = [];
  const pausedRows = exchangePauseRows({
    invoices: source.invoices,
    entries,
    settings,
    toDay,
    today,
    runId: base.runId,
    at,
  });
  calls.gmailSearches += 1;
  tally.paused = pausedRows.length;
  newRows.push(...pausedRows);
  entries.push(...pausedRows);

  const plan = planDay({
    today,
    invoices: source.invoices,
    rowErrors: source.rowErrors,
    log: entries,
    settings,
    calendar: clientCalendar(settings),
  });

  const problems = new Map<string, string>();
  carryOut(plan, {
    workbook,
    templates: parsedTemplates.templates,
    writer,
    entries,
    newRows,
    tally,
    base,
    at,
    today,
    problems,
    changedSincePlan: changeWatcher(source.invoices, readSource),
  });

  // Everything still unwritten, in one append.
  if (newRows.length > 0) {
    writer.append(newRows);
    calls.sheetWrites += 1;
  }
  writer.flushOutcomes();

  // Status columns, matched by invoice number on a fresh read.
  const after = planDay({
    today,
    invoices: source.invoices,
    rowErrors: source.rowErrors,
    log: entries,
    settings,
    calendar: clientCalendar(settings),
  });
  for (const decision of after.decisions) {
    if (decision.state === 'skipped') {
      const code = decision.reason.code;
      tally.skippedByReason[code] = (tally.skippedByReason[code] ?? 0) + 1;
    }
  }
  if (source.keyHeader !== null) {
    const statuses = invoiceStatuses(after, entries, settings, source.rowErrors, problems);
    const written = writeStatusColumns(
      invoicesTab,
      source.headerRow,
      source.keyHeader,
      statuses,
      settings.language,
    );
    calls.sheetReads += 1;
    calls.sheetWrites += 1;
    if (!written.ok && written.problem) tally.failures.push(written.problem);
  }

  const status: RunReport['status'] = tally.carriedOver > 0 ? 'partial' : 'completed';
  const stopped = tally.carriedOver > 0 ? carriedStop(tally) : null;
  const result = runReport(base, tally, stopped, status);
  writer.append([runRow(result, today, base.runId)]);
  calls.sheetWrites += 1;
  // Carried-over work is not a failure: it goes out on the next run, and a digest would spend
  // the quota the reminders need.
  if (settings.failureDigest && tally.failed > 0) sendFailureDigest(result, settings);
  return result;
}
