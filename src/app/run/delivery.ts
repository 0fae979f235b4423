/**
 * Delivery of composed messages, by batches: the log rows of every message of a batch are
 * written as `pending` in one write and flushed before Gmail is called for any of them, then
 * each message goes and its rows are settled with what Gmail did (sent, drafted, failed, carried
 * over); the settled rows reach the sheet in the next batch's write (or the run's last one).
 * A run cut anywhere after the write leaves pending rows that the next run resolves against
 * Gmail (reconcile.ts), so nothing is sent twice. When Gmail throws, Gmail is asked whether the
 * message went anyway.
 *
 * SpreadsheetApp.flush() applies the pending changes of the spreadsheet now (Sheets otherwise
 * bundles them: https://developers.google.com/apps-script/reference/spreadsheet,
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()).
 */
import { formatLogDetail } from '../../core/history.ts';
import type { LogEntry, LogOutcome } from '../../core/log-entry.ts';
import { messageReference } from '../../core/run/message-reference.ts';
import type { Tally } from '../../core/run/run-tally.ts';
import { createDraft, sendMessage } from '../../gas/gmail-sender.ts';
import type { WrittenRow } from '../../gas/log-tab.ts';
import { findDraftByReference, findSentByReference } from '../../gas/recent-exchanges.ts';
import { flushSpreadsheet } from '../../gas/spreadsheet-flush.ts';
import {
  type Action,
  type Budget,
  type CarryContext,
  carryOver,
  changedDetail,
  noteChanged,
  pastTimeBudget,
  type StopReason,
  testMark,
} from './carry-context.ts';
import { type Composed, recipientCount } from './compose.ts';
import { errorText } from './error-text.ts';

/**
 * The daily quota's error ("Service invoked too many times for one day: email."): nothing more
 * goes out today. Not the rate limit ("Service invoked too many times in a short time: gmail
 * rateMax", seen in real executions and in public write-ups such as
 * https://www.labnol.org/code/suspend-google-script-trigger-200424/), which concerns the call
 * that hit it. Gmail's per-message limits ("Limit Exceeded: Email Body Size.", "... Total
 * Attachments Size.", "... Recipients Per Message.", e.g. the ErrorHandler library's catalogue)
 * concern that message only: it fails and the run goes on with the others.
 */
const QUOTA_ERROR = /too many times for one day|daily quota/i;

const UNKNOWN = Symbol('unknown');

export type ComposedMessage = Extract<Composed, { ok: true }>;

/** A message ready to go: composed, within the quota (its recipients are reserved). */
export interface ReadyMessage {
  readonly action: Action;
  readonly composed: ComposedMessage;
}

/** The outcome recorded for the message, or `quota` when Gmail refused it for the daily quota. */
export type Delivery = LogOutcome | 'quota';

/** Rewrites the message's pending rows with their outcome (one write when the log is flushed). */
type Settle = (outcome: LogOutcome, threadId: string | null, detail: string) => void;

/** One write of the batch's pending rows, then each message to Gmail, in order. */
export function deliverBatch(
  batch: readonly ReadyMessage[],
  budget: Budget,
  ctx: CarryContext,
  testMode: boolean,
): void {
  if (batch.length === 0) return;
  const written = writePending(batch, ctx, testMode);
  // Every message of the batch has its recipients reserved: only the clock or Gmail's own quota
  // refusal stops the batch (the reservation running out stops the next batch's making).
  let halted: StopReason | null = null;
  batch.forEach((ready, i) => {
    const rows = written[i] ?? [];
    const settle = settler(rows, ctx);
    const { action } = ready;
    const reserved = action.kind === 'email' ? recipientCount(ready.composed.message) : 0;
    if (halted === null && pastTimeBudget(ctx)) {
      halted = 'time_budget';
      budget.stopReason = halted;
    }
    if (halted !== null) {
      // Its pending rows exist already: they say why it did not go.
      settle('carried_over', action.threadId, formatLogDetail({ reason: halted }));
      carryOver(action, ctx);
      return;
    }
    // A long batch may outlive the reading of the sheet: a message whose invoices changed since
    // (paid, disputed, ...) does not go, its rows say why and the next run plans it afresh.
    const changed = ctx.changedSincePlan(action);
    if (changed.length > 0) {
      settle('skipped', action.threadId, changedDetail(changed));
      noteChanged(action, ctx);
      budget.quota += reserved;
      return;
    }
    const outcome = deliver(ready, rows, settle, ctx, testMode);
    if (outcome === 'quota') {
      halted = 'quota';
      budget.stopReason = halted;
      budget.quota = 0;
    } else if (outcome !== 'sent' && outcome !== 'pending') budget.quota += reserved;
  });
}

/** Gmail, and what to do when it throws. */
function deliver(
  ready: ReadyMessage,
  written: readonly WrittenRow[],
  settle: Settle,
  ctx: CarryContext,
  testMode: boolean,
): Delivery {
  try {
    return callGmail(ready.action, ready.composed, settle, ctx, testMode);
  } catch (error) {
    return afterGmailError(errorText(error), ready.action, written, settle, ctx, testMode);
  }
}

/**
 * The pending rows of the whole batch reach the sheet before Gmail is called: a run cut after
 * this write leaves them to reconcile. Returns each message's rows.
 */
function writePending(
  batch: readonly ReadyMessage[],
  ctx: CarryContext,
  testMode: boolean,
): WrittenRow[][] {
  const perMessage = batch.map(({ action, composed }) =>
    ctx.journal.rowsOf(action, 'pending', {
      recipients: composed.message.to,
      subject: composed.message.subject,
      templateId: composed.templateId,
      variant: composed.variant,
      detail: formatLogDetail({
        mode: testMode ? 'test' : 'live',
        ref: messageReference(action.messageKey),
      }),
    }),
  );
  const written = ctx.writer.append(perMessage.flat());
  flushSpreadsheet();
  ctx.journal.calls.sheetWrites += 1;
  ctx.journal.calls.flushes += 1;
  let next = 0;
  return perMessage.map((rows) => {
    const mine = written.slice(next, next + rows.length);
    next += rows.length;
    return mine;
  });
}

function settler(written: readonly WrittenRow[], ctx: CarryContext): Settle {
  return (outcome, threadId, detail) => {
    const settled: LogEntry[] = written.map((row) => ({
      ...row.entry,
      outcome,
      threadId,
      detail,
      at: ctx.journal.at(),
    }));
    settled.forEach((entry, i) => {
      ctx.writer.settle(written[i] as WrittenRow, entry);
    });
    ctx.journal.entries.push(...settled);
  };
}

/** The warning kept in the log when the client's language had no template. */
function languageNote(composed: ComposedMessage): Record<string, string> {
  return composed.fallbackFrom === null
    ? {}
    : { warning: `no ${composed.fallbackFrom} template, sent in ${composed.language}` };
}

/** A notice becomes a draft for the user to review; every other message is sent. */
function callGmail(
  action: Action,
  composed: ComposedMessage,
  settle: Settle,
  ctx: CarryContext,
  testMode: boolean,
): Delivery {
  const calls = ctx.journal.calls;
  if (action.kind === 'draft') {
    calls.gmailDrafts += 1;
    const draft = createDraft(composed.message);
    settle(
      'drafted',
      draft.threadId,
      formatLogDetail({ draft: draft.draftId, ...testMark(testMode), ...languageNote(composed) }),
    );
    countDelivered(action, testMode, ctx.journal.tally);
    return 'drafted';
  }
  calls.gmailSends += 1;
  const sent = sendMessage(composed.message);
  settle(
    testMode ? 'test_sent' : 'sent',
    sent.threadId,
    formatLogDetail({
      message: sent.messageId,
      ...(sent.newThread ? { newThread: 'yes' } : {}),
      ...languageNote(composed),
    }),
  );
  countDelivered(action, testMode, ctx.journal.tally);
  return 'sent';
}

function afterGmailError(
  text: string,
  action: Action,
  written: readonly WrittenRow[],
  settle: Settle,
  ctx: CarryContext,
  testMode: boolean,
): Delivery {
  const quota = QUOTA_ERROR.test(text);
  // An exception does not prove that nothing left, whatever it says: Gmail can fail after it
  // accepted the message (e.g. when the sent message is read back, or a limit is hit then).
  // Gmail is asked, as for a pending row left by a cut run, so a message that did go is
  // recorded and never sent again.
  const found = foundInGmail(action, ctx);
  if (found === UNKNOWN) {
    // Neither outcome is certain: the row stays `pending` and the next run reconciles it.
    ctx.journal.entries.push(...written.map((row) => row.entry));
    ctx.journal.tally.failed += 1;
    ctx.journal.fail(action, text);
    return 'pending';
  }
  if (found !== null) {
    const outcome: LogOutcome =
      action.kind === 'draft' ? 'drafted' : testMode ? 'test_sent' : 'sent';
    settle(outcome, found, formatLogDetail({ found: 'gmail', error: text, ...testMark(testMode) }));
    countDelivered(action, testMode, ctx.journal.tally);
    return outcome;
  }
  if (quota) {
    // Nothing left the mailbox: the message waits for the next run.
    settle('carried_over', action.threadId, formatLogDetail({ reason: 'quota', error: text }));
    ctx.journal.tally.carriedOver += 1;
    ctx.journal.tally.failures.push(`quota: ${text}`);
    return 'quota';
  }
  settle('failed', action.threadId, formatLogDetail({ error: text }));
  ctx.journal.tally.failed += 1;
  ctx.journal.fail(action, text);
  return 'failed';
}

function countDelivered(action: Action, testMode: boolean, tally: Tally): void {
  if (action.kind === 'draft') tally.drafted += 1;
  else if (testMode) tally.testSent += 1;
  else tally.sent += 1;
}

/**
 * The thread of the message of `action` when Gmail has it (Sent mail, or Drafts for a notice),
 * null when it has not, UNKNOWN when Gmail could not be asked.
 */
function foundInGmail(action: Action, ctx: CarryContext): string | null | typeof UNKNOWN {
  const reference = messageReference(action.messageKey);
  ctx.journal.calls.gmailSearches += 1;
  try {
    return action.kind === 'draft'
      ? findDraftByReference(reference)
      : findSentByReference(reference);
  } catch {
    return UNKNOWN;
  }
}
