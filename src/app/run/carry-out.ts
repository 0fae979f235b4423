/**
 * Carrying out the day's plan: its actions, e-mails first and most overdue amount first, each
 * sent, drafted or recorded as a task, within the daily quota and the time budget. Messages go in
 * batches (delivery.ts). What does not fit is carried over (counted in the run's row, noted in
 * the status column) and goes out on the next run; a message already recorded is never sent
 * twice.
 */

import { formatLogDetail } from '../../core/history.ts';
import { frenchThenEnglish } from '../../core/localized-text.ts';
import type { LogEntry, LogOutcome } from '../../core/log-entry.ts';
import { testMessageKey } from '../../core/message-key.ts';
import type { Plan, PlannedFollowUp } from '../../core/plan.ts';
import type { PlannedNote } from '../../core/planned-note.ts';
import { text } from '../../core/texts/server-texts.ts';
import type { OutgoingMessage } from '../../gas/gmail-sender.ts';
import { remainingRecipients } from '../../gas/mail-quota.ts';
import { effectiveUserEmail } from '../../gas/session-user.ts';
import {
  type Action,
  type Budget,
  type CarryContext,
  carryOver,
  changedDetail,
  noteChanged,
  pastTimeBudget,
  testMark,
} from './carry-context.ts';
import { type Composed, composeMessage, recipientCount } from './compose.ts';
import { deliverBatch, type ReadyMessage } from './delivery.ts';
import { attachmentsFor } from './invoice-attachments.ts';
import { renderSourcesOf } from './render-inputs.ts';

/**
 * Messages whose pending rows are written together, before Gmail is called for any of them: one
 * log write and one flush per batch instead of per message. About half a minute of sending.
 */
export const DELIVERY_BATCH = 20;

/**
 * A message already recorded with one of these outcomes is never sent again. A test message has
 * its own key (`testMessageKey`), so `test_sent` only stops the same test message twice.
 */
const DONE_OUTCOMES: ReadonlySet<LogOutcome> = new Set<LogOutcome>([
  'pending',
  'sent',
  'test_sent',
  'drafted',
  'task',
]);

/** E-mails first: notice drafts and call tasks never take the time an e-mail needs. */
const KIND_ORDER: Readonly<Record<Action['kind'], number>> = { email: 0, draft: 1, task: 2 };

/**
 * Sends, drafts and records the plan's actions and the day's notes (quote follow-ups, instalment
 * notes) in one queue: e-mails first, most overdue amount first; the same quota, time budget and
 * guarantees.
 */
export function carryOut(plan: Plan, ctx: CarryContext, notes: readonly PlannedNote[] = []): void {
  const { testMode } = ctx.workbook.settings;
  const actions = byPriority(plan, notes).map((action) => (testMode ? asTest(action) : action));
  const doneKeys = doneMessageKeys(ctx.journal.entries);
  const budget = startBudget(actions);
  let batch: ReadyMessage[] = [];
  for (const action of actions) {
    if (doneKeys.has(action.messageKey)) continue;
    if (action.kind === 'task') {
      recordTask(action, ctx);
      continue;
    }
    const ready = prepareMessage(action, budget, ctx);
    if (ready === null) continue;
    doneKeys.add(action.messageKey);
    batch.push(ready);
    if (batch.length >= DELIVERY_BATCH) {
      deliverBatch(batch, budget, ctx, testMode);
      batch = [];
    }
  }
  deliverBatch(batch, budget, ctx, testMode);
}

function byPriority(plan: Plan, notes: readonly PlannedNote[]): Action[] {
  return [...plan.emails, ...plan.followUps, ...notes].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      b.priority - a.priority ||
      (a.messageKey < b.messageKey ? -1 : 1),
  );
}

/** The action as test mode carries it out: under its test key (see `testMessageKey`). */
function asTest(action: Action): Action {
  return { ...action, messageKey: testMessageKey(action.messageKey) };
}

function doneMessageKeys(entries: readonly LogEntry[]): Set<string | null> {
  return new Set(
    entries.filter((e) => e.messageKey && DONE_OUTCOMES.has(e.outcome)).map((e) => e.messageKey),
  );
}

/** Gmail is asked for the quota and the user's address only when a message may go. */
function startBudget(actions: readonly Action[]): Budget {
  const needsMail = actions.some((a) => a.kind !== 'task');
  const quota = needsMail ? remainingRecipients() : 0;
  const userEmail = needsMail ? effectiveUserEmail() : '';
  return { quota, stopReason: null, userEmail };
}

/** A call task needs no mail: it is recorded for the sidebar, whatever the budget. */
function recordTask(action: PlannedFollowUp, ctx: CarryContext): void {
  ctx.journal.record(action, 'task', {
    detail: formatLogDetail({ kind: 'call', ...testMark(ctx.workbook.settings.testMode) }),
  });
  ctx.journal.tally.tasks += 1;
}

/**
 * One e-mail or notice draft made ready for the next batch (composed, its recipients reserved in
 * the quota), or null when it does not go today (carried over, held, failed to compose).
 */
function prepareMessage(action: Action, budget: Budget, ctx: CarryContext): ReadyMessage | null {
  if (budget.stopReason === null && pastTimeBudget(ctx)) budget.stopReason = 'time_budget';
  if (budget.stopReason !== null) {
    carryOver(action, ctx);
    return null;
  }
  const changed = ctx.changedSincePlan(action);
  if (changed.length > 0) {
    holdChanged(action, changed, ctx);
    return null;
  }
  const attachments = attachmentsFor(action, ctx);
  if (attachments === null) return null;
  const composed = composeMessage({
    planned: action,
    templates: ctx.templates,
    sources: renderSourcesOf(ctx.workbook, ctx.journal.day),
    attachments,
    userEmail: budget.userEmail,
  });
  if (!composed.ok) {
    recordComposeFailure(action, composed, ctx);
    return null;
  }
  if (!withinQuota(action, composed.message, budget, ctx)) return null;
  return { action, composed };
}

/**
 * A template that cannot be rendered fails this message only. A message that only lacks a value
 * waits (an audit `skipped` row, the reason in the status note and in Today), and goes out once
 * the value is there.
 */
function recordComposeFailure(
  action: Action,
  composed: Extract<Composed, { ok: false }>,
  ctx: CarryContext,
): void {
  const detail = formatLogDetail({
    reason: composed.reason,
    error: frenchThenEnglish(composed.message),
  });
  // The note, like Today, in the user's language; the log in both (it is the audit trail).
  const note = composed.message[ctx.workbook.settings.language];
  if (composed.waiting) {
    ctx.journal.record(action, 'skipped', { templateId: composed.templateId, detail });
    ctx.journal.note(action, note);
    return;
  }
  ctx.journal.record(action, 'failed', { templateId: composed.templateId, detail });
  ctx.journal.tally.failed += 1;
  ctx.journal.fail(action, note);
}

/**
 * Whether the quota left covers the e-mail's recipients, which are then reserved. One that needs
 * more than what is left fails alone, with its own reason, and is planned again on the next run:
 * the smaller messages after it still go out, so one large recipient list never holds back every
 * other client. The run stops sending (the rest carries over) only when nothing is left. A notice
 * draft uses no quota.
 */
function withinQuota(
  action: Action,
  message: OutgoingMessage,
  budget: Budget,
  ctx: CarryContext,
): boolean {
  if (action.kind !== 'email') return true;
  const needed = recipientCount(message);
  if (needed <= budget.quota) {
    budget.quota -= needed;
    return true;
  }
  if (budget.quota <= 0) {
    budget.stopReason = 'quota';
    ctx.journal.tally.failures.push(`quota: ${budget.quota} recipient(s) left, ${needed} needed`);
    carryOver(action, ctx);
    return false;
  }
  const error = `needs ${needed} recipients, ${budget.quota} left in today's quota`;
  ctx.journal.record(action, 'failed', {
    detail: formatLogDetail({ reason: 'recipients_over_quota', error }),
  });
  ctx.journal.tally.failed += 1;
  ctx.journal.tally.failures.push(error);
  ctx.journal.note(
    action,
    text(ctx.workbook.settings.language, 'recipientsOverQuota', { needed, quota: budget.quota }),
  );
  return false;
}

/**
 * A message whose invoices changed in the sheet during the run (paid, disputed, removed, ...) is
 * not sent: a `skipped` row says why, and the next run plans it again from the new values.
 */
function holdChanged(action: Action, changed: readonly string[], ctx: CarryContext): void {
  ctx.journal.record(action, 'skipped', { detail: changedDetail(changed) });
  noteChanged(action, ctx);
}
