/**
 * What the user does from the sidebar, recorded as log rows the planner reads (conventions in
 * src/core/history.ts): hold or release an invoice, skip its next stage, resume a paused client,
 * mark a phone call done. Each takes the run lock so it never interleaves with a run's writes.
 */

import type { CalendarDate } from '../../core/calendar-date.ts';
import { formatLogDetail } from '../../core/history.ts';
import { foldInvoiceNumber } from '../../core/invoice-number-key.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import { type LogEntry, type LogOutcome, logEntry, USER_RUN_ID } from '../../core/log-entry.ts';
import { clientKeyOf } from '../../core/parse/client-key.ts';
import { clientGroups, planDay } from '../../core/planner.ts';
import { foldedAddresses } from '../../core/recipient-groups.ts';
import type { Stage } from '../../core/stage.ts';
import { localized } from '../../core/texts/server-texts.ts';
import { withRunLock } from '../../gas/document-lock.ts';
import { LogWriter } from '../../gas/log-tab.ts';
import { loadPlanContext, type PlanContext } from '../run/plan-context.ts';
import { logSheet, type Workbook } from '../workbook/workbook.ts';

export type ActionResult =
  | {
      readonly ok: true;
      readonly recorded: number;
      /**
       * The tabs as the action read them under the lock, its own rows added to the log: what
       * the sidebar shows next, without reading everything again.
       */
      readonly context: PlanContext;
      /** The workbook as the action left it, when it added a tab (the first payment plan's). */
      readonly workbook?: Workbook;
    }
  | { readonly ok: false; readonly message: LocalizedText };

/** `context` with `entries` appended to its log, as a fresh read would find it. */
export function withLogEntries(context: PlanContext, entries: readonly LogEntry[]): PlanContext {
  if (entries.length === 0) return context;
  return {
    ...context,
    planInput: { ...context.planInput, log: [...context.planInput.log, ...entries] },
  };
}

function fail(message: LocalizedText): ActionResult {
  return { ok: false, message };
}

function userRow(context: PlanContext, outcome: LogOutcome, fields: Partial<LogEntry>): LogEntry {
  return logEntry({
    at: new Date().toISOString(),
    date: context.today,
    runId: USER_RUN_ID,
    outcome,
    ...fields,
  });
}

/** Reads, builds rows with `build` and appends them, all under the run lock. */
function record(
  workbook: Workbook,
  build: (context: PlanContext) => LogEntry[] | ActionResult,
): ActionResult {
  const result = withRunLock(workbook.spreadsheet, workbook.metadata, () => {
    const sheet = logSheet(workbook);
    if (!sheet) return { ok: false, message: localized('logTabMissing') } as ActionResult;
    // Every tab Today shows (the templates for its subjects): the sidebar shows it next.
    const context = loadPlanContext(workbook);
    const built = build(context);
    if (!Array.isArray(built)) return built;
    if (built.length > 0 && context.log) new LogWriter(sheet, context.log).append(built);
    return {
      ok: true,
      recorded: built.length,
      context: withLogEntries(context, built),
    } as ActionResult;
  });
  return result ?? { ok: false, message: localized('runInProgress') };
}

/** The invoice the sidebar names, by folded number: it may have been retyped since it showed. */
function findInvoice(context: PlanContext, number: string) {
  const key = foldInvoiceNumber(number);
  return context.source?.invoices.find((i) => foldInvoiceNumber(i.number) === key) ?? null;
}

/** Holds an invoice until `until` (inclusive), or until released when null. */
export function holdInvoice(
  workbook: Workbook,
  invoiceNumber: string,
  until: CalendarDate | null,
): ActionResult {
  return record(workbook, (context) => {
    const invoice = findInvoice(context, invoiceNumber);
    if (!invoice) return fail(localized('invoiceNotFound', { invoice: invoiceNumber }));
    return [
      userRow(context, 'held', {
        invoiceNumbers: [invoice.number],
        clientKey: invoice.clientKey,
        detail: formatLogDetail(until ? { by: 'user', until } : { by: 'user' }),
      }),
    ];
  });
}

/** Lifts a hold on an invoice. */
export function releaseInvoice(workbook: Workbook, invoiceNumber: string): ActionResult {
  return record(workbook, (context) => {
    const invoice = findInvoice(context, invoiceNumber);
    if (!invoice) return fail(localized('invoiceNotFound', { invoice: invoiceNumber }));
    return [
      userRow(context, 'resumed', {
        invoiceNumbers: [invoice.number],
        clientKey: invoice.clientKey,
        detail: formatLogDetail({ by: 'user' }),
      }),
    ];
  });
}

/**
 * The user's decision on an old unpaid invoice that Relance would not chase on its own: `chase`
 * releases it (history.ts: a `resumed` row), so it starts at r1 from today; `ignore` holds it until
 * the user resumes it. Refused for an invoice that is not waiting for that decision.
 */
export function decideOldDebt(
  workbook: Workbook,
  invoiceNumber: string,
  decision: 'chase' | 'ignore',
): ActionResult {
  return record(workbook, (context) => {
    const invoice = findInvoice(context, invoiceNumber);
    if (!invoice) return fail(localized('invoiceNotFound', { invoice: invoiceNumber }));
    const decisionNow = planDay(context.planInput).decisions.find(
      (d) => d.number === invoiceNumber,
    );
    if (decisionNow?.state !== 'skipped' || decisionNow.reason.code !== 'old_debt')
      return fail(localized('noDecisionWaiting', { invoice: invoiceNumber }));
    const fields = { invoiceNumbers: [invoice.number], clientKey: invoice.clientKey };
    return [
      decision === 'chase'
        ? userRow(context, 'resumed', {
            ...fields,
            detail: formatLogDetail({ by: 'user', from: 'r1' }),
          })
        : userRow(context, 'held', {
            ...fields,
            detail: formatLogDetail({ by: 'user', reason: 'old_debt' }),
          }),
    ];
  });
}

/** Skips the stage the invoice is due (or next due): it counts as done, escalation goes on. */
export function skipInvoice(workbook: Workbook, invoiceNumber: string): ActionResult {
  return record(workbook, (context) => {
    const invoice = findInvoice(context, invoiceNumber);
    if (!invoice) return fail(localized('invoiceNotFound', { invoice: invoiceNumber }));
    const decision = planDay(context.planInput).decisions.find((d) => d.number === invoiceNumber);
    let stage: Stage | null = null;
    if (decision?.state === 'planned') stage = decision.stage;
    else if (decision?.state === 'waiting') stage = decision.nextStage;
    else if (decision?.state === 'skipped') stage = decision.nextStage;
    if (stage === null) return fail(localized('noStageToSkip', { invoice: invoiceNumber }));
    return [
      userRow(context, 'skipped', {
        stage,
        invoiceNumbers: [invoice.number],
        clientKey: invoice.clientKey,
        detail: formatLogDetail({ by: 'user' }),
      }),
    ];
  });
}

/**
 * Ends the pauses of a client (after a reply or a hand-written e-mail): of the person whose
 * invoices the sidebar names, the row recording their recipient group's addresses (one name may
 * be several people: history.ts), or of every row of the name when it names none.
 */
export function resumeClient(
  workbook: Workbook,
  clientKey: string,
  invoiceNumbers: readonly string[] | null = null,
): ActionResult {
  return record(workbook, (context) => {
    const book = context.source?.invoices ?? [];
    const wanted = new Set((invoiceNumbers ?? []).map(foldInvoiceNumber));
    const named = book.filter(
      (i) => i.clientKey === clientKey && wanted.has(foldInvoiceNumber(i.number)),
    );
    if (invoiceNumbers !== null && named.length === 0)
      return fail(localized('invoiceNotFound', { invoice: invoiceNumbers.join(', ') }));
    const groupOf = clientGroups(named.length === 0 ? [] : book);
    const recipients = foldedAddresses(named.flatMap((i) => groupOf(i).addresses));
    return [
      userRow(context, 'resumed', {
        clientKey,
        recipients,
        detail: formatLogDetail({ by: 'user' }),
      }),
    ];
  });
}

/**
 * Records that the user phoned the client about the invoices of their call task: those the
 * sidebar names (the call task of one person of the name), or every open one of the name.
 */
export function markCallDone(
  workbook: Workbook,
  clientKey: string,
  invoiceNumbers: readonly string[] | null = null,
): ActionResult {
  return record(workbook, (context) => {
    const entries = context.planInput.log;
    const named = invoiceNumbers === null ? null : new Set(invoiceNumbers.map(foldInvoiceNumber));
    const open = new Set<string>();
    for (const entry of entries) {
      // Keys of rows written before the key folding changed are folded again, as history.ts does.
      if (clientKeyOf(entry.clientKey) !== clientKey || entry.stage !== 'call') continue;
      for (const n of entry.invoiceNumbers) {
        if (named !== null && !named.has(foldInvoiceNumber(n))) continue;
        if (entry.outcome === 'task') open.add(n);
        if (entry.outcome === 'task_done') open.delete(n);
      }
    }
    if (open.size === 0) return fail(localized('noCallWaiting'));
    return [
      userRow(context, 'task_done', {
        stage: 'call',
        clientKey,
        invoiceNumbers: [...open].sort(),
        detail: formatLogDetail({ by: 'user' }),
      }),
    ];
  });
}
