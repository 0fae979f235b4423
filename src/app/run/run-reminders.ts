import { clientCalendar } from '../../core/client-calendar.ts';
import { formatLogDetail } from '../../core/history.ts';
import type { LogEntry, LogOutcome } from '../../core/log-entry.ts';
import type { Plan } from '../../core/plan.ts';
import { planDay } from '../../core/planner.ts';
import { parseTemplateRows } from '../../core/templates/index.ts';
import { authorizationState } from '../../gas/authorization.ts';
import { tryRunLock } from '../../gas/document-lock.ts';
import { LAST_RUN_KEY } from '../../gas/document-store.ts';
import { deleteDraftsWithReference } from '../../gas/gmail-sender.ts';
import { LogWriter, readLogTab } from '../../gas/log-tab.ts';
import { remainingRecipients } from '../../gas/mail-quota.ts';
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
import {
  type Action,
  actionRows,
  type CarryContext,
  noteOnInvoices,
  noteProblem,
  recordRows,
  testMark,
} from './carry-context.ts';
import { changeWatcher } from './change-watcher.ts';
import { composeMessage, recipientCount } from './compose.ts';
import { deliver } from './delivery.ts';
import { exchangePauseRows } from './exchange-pauses.ts';
import { sendFailureDigest } from './failure-digest.ts';
import { attachmentsFor } from './invoice-attachments.ts';
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

/** Apps Script stops an execution after 6 minutes; new messages stop well before. */
export const RUN_TIME_BUDGET_MS = 4.5 * 60 * 1000;
/** A message already recorded with one of these outcomes is never sent again. */
const DONE_OUTCOMES: ReadonlySet<LogOutcome> = new Set<LogOutcome>([
  'pending',
  'sent',
  'test_sent',
  'drafted',
  'task',
]);

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

/** Sends, drafts and records the plan's actions, most overdue amount first. */
function carryOut(plan: Plan, ctx: CarryContext): void {
  const { settings } = ctx.workbook;
  const actions: Action[] = [...plan.emails, ...plan.followUps].sort(
    (a, b) => b.priority - a.priority || (a.messageKey < b.messageKey ? -1 : 1),
  );
  const doneKeys = new Set(
    ctx.entries
      .filter((e) => e.messageKey && DONE_OUTCOMES.has(e.outcome))
      .map((e) => e.messageKey),
  );
  const needsMail = actions.some((a) => a.kind !== 'task');
  let quota = needsMail ? remainingRecipients() : 0;
  const userEmail = needsMail ? Session.getEffectiveUser().getEmail() : '';
  let stopReason: 'quota' | 'time_budget' | null = null;

  for (const action of actions) {
    if (doneKeys.has(action.messageKey)) continue;
    if (action.kind === 'task') {
      const rows = actionRows(action, 'task', ctx, {
        detail: formatLogDetail({ kind: 'call', ...testMark(settings.testMode) }),
      });
      recordRows(rows, ctx);
      ctx.tally.tasks += 1;
      continue;
    }
    if (stopReason === null && Date.now() - ctx.base.started > RUN_TIME_BUDGET_MS)
      stopReason = 'time_budget';
    if (stopReason !== null) {
      carryOver(action, stopReason, ctx);
      continue;
    }
    const changed = ctx.changedSincePlan(action);
    if (changed.length > 0) {
      holdChanged(action, changed, ctx);
      continue;
    }
    const attachments = attachmentsFor(action, ctx);
    if (attachments === null) continue;
    const composed = composeMessage({
      planned: action,
      templates: ctx.templates,
      settings,
      today: ctx.today,
      attachments,
      userEmail,
    });
    if (!composed.ok) {
      const rows = actionRows(action, 'failed', ctx, {
        templateId: composed.templateId,
        detail: formatLogDetail({ error: composed.error }),
      });
      recordRows(rows, ctx);
      ctx.tally.failed += 1;
      noteProblem(action, composed.error, ctx);
      continue;
    }
    const message = composed.message;
    if (action.kind === 'email') {
      const needed = recipientCount(message);
      if (needed > quota) {
        stopReason = 'quota';
        ctx.tally.failures.push(`quota: ${quota} recipient(s) left, ${needed} needed`);
        carryOver(action, 'quota', ctx);
        continue;
      }
    }
    const outcome = deliver(action, composed, ctx, settings.testMode);
    if (outcome === 'quota') {
      stopReason = 'quota';
      quota = 0;
    } else if (action.kind === 'email' && outcome === 'sent') {
      quota -= recipientCount(message);
    }
    doneKeys.add(action.messageKey);
  }
}

/**
 * A message whose invoices changed in the sheet during the run (paid, disputed, removed, ...) is
 * not sent: a `skipped` row says why, and the next run plans it again from the new values.
 */
function holdChanged(action: Action, changed: readonly string[], ctx: CarryContext): void {
  const rows = actionRows(action, 'skipped', ctx, {
    detail: formatLogDetail({ reason: 'changed_during_run', changed: changed.join(' ') }),
  });
  recordRows(rows, ctx);
  noteOnInvoices(
    action,
    ctx.workbook.settings.language === 'fr'
      ? 'Modifiée pendant l’exécution : revue à la prochaine'
      : 'Changed during the run: reviewed at the next run',
    ctx,
  );
}

function carryOver(action: Action, reason: 'quota' | 'time_budget', ctx: CarryContext): void {
  const rows = actionRows(action, 'carried_over', ctx, { detail: formatLogDetail({ reason }) });
  recordRows(rows, ctx);
  ctx.tally.carriedOver += 1;
  noteOnInvoices(
    action,
    ctx.workbook.settings.language === 'fr'
      ? 'Reportée à la prochaine exécution'
      : 'Carried over to the next run',
    ctx,
  );
}
