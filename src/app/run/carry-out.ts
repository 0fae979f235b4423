/**
 * Carrying out the day's plan: its actions, most overdue amount first, each sent, drafted or
 * recorded as a task, within the daily quota and the time budget. What does not fit is carried
 * over (a row says so) and goes out on the next run; a message already recorded is never sent
 * twice.
 */

import { formatLogDetail } from '../../core/history.ts';
import type { LogEntry, LogOutcome } from '../../core/log-entry.ts';
import type { Plan, PlannedFollowUp } from '../../core/plan.ts';
import * as serverTexts from '../../core/texts/server-texts.ts';
import type { OutgoingMessage } from '../../gas/gmail-sender.ts';
import { remainingRecipients } from '../../gas/mail-quota.ts';
import { effectiveUserEmail } from '../../gas/session-user.ts';
import { type Action, type CarryContext, testMark } from './carry-context.ts';
import { type Composed, composeMessage, recipientCount } from './compose.ts';
import { deliver } from './delivery.ts';
import { attachmentsFor } from './invoice-attachments.ts';

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

type StopReason = 'quota' | 'time_budget';

/** What is left for the messages still to go; once stopped, every later message carries over. */
interface Budget {
  /** Recipients Gmail still accepts today. */
  quota: number;
  stopReason: StopReason | null;
  /** The user's address: where test-mode messages go. */
  readonly userEmail: string;
}

/** Sends, drafts and records the plan's actions, most overdue amount first. */
export function carryOut(plan: Plan, ctx: CarryContext): void {
  const actions = byPriority(plan);
  const doneKeys = doneMessageKeys(ctx.journal.entries);
  const budget = startBudget(actions);
  for (const action of actions) {
    if (doneKeys.has(action.messageKey)) continue;
    if (action.kind === 'task') {
      recordTask(action, ctx);
      continue;
    }
    if (carryOutMessage(action, budget, ctx)) doneKeys.add(action.messageKey);
  }
}

function byPriority(plan: Plan): Action[] {
  return [...plan.emails, ...plan.followUps].sort(
    (a, b) => b.priority - a.priority || (a.messageKey < b.messageKey ? -1 : 1),
  );
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

/** One e-mail or notice draft; true when it went to Gmail (whatever Gmail answered). */
function carryOutMessage(action: Action, budget: Budget, ctx: CarryContext): boolean {
  const { settings } = ctx.workbook;
  if (budget.stopReason === null && Date.now() - ctx.journal.started > RUN_TIME_BUDGET_MS)
    budget.stopReason = 'time_budget';
  if (budget.stopReason !== null) {
    carryOver(action, budget.stopReason, ctx);
    return false;
  }
  const changed = ctx.changedSincePlan(action);
  if (changed.length > 0) {
    holdChanged(action, changed, ctx);
    return false;
  }
  const attachments = attachmentsFor(action, ctx);
  if (attachments === null) return false;
  const composed = composeMessage({
    planned: action,
    templates: ctx.templates,
    settings,
    today: ctx.journal.day,
    attachments,
    userEmail: budget.userEmail,
  });
  if (!composed.ok) {
    recordComposeFailure(action, composed, ctx);
    return false;
  }
  if (!withinQuota(action, composed.message, budget, ctx)) return false;
  const outcome = deliver(action, composed, ctx, settings.testMode);
  if (outcome === 'quota') {
    budget.stopReason = 'quota';
    budget.quota = 0;
  } else if (action.kind === 'email' && outcome === 'sent') {
    budget.quota -= recipientCount(composed.message);
  }
  return true;
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
  if (composed.waiting) {
    ctx.journal.record(action, 'skipped', {
      templateId: composed.templateId,
      detail: formatLogDetail({ reason: 'missing_value', error: composed.error }),
    });
    ctx.journal.note(action, composed.error);
    return;
  }
  ctx.journal.record(action, 'failed', {
    templateId: composed.templateId,
    detail: formatLogDetail({ error: composed.error }),
  });
  ctx.journal.tally.failed += 1;
  ctx.journal.fail(action, composed.error);
}

/**
 * Whether the quota left covers the e-mail's recipients; if not, the run stops sending and the
 * e-mail carries over. A notice draft uses no quota.
 */
function withinQuota(
  action: Action,
  message: OutgoingMessage,
  budget: Budget,
  ctx: CarryContext,
): boolean {
  if (action.kind !== 'email') return true;
  const needed = recipientCount(message);
  if (needed <= budget.quota) return true;
  budget.stopReason = 'quota';
  ctx.journal.tally.failures.push(`quota: ${budget.quota} recipient(s) left, ${needed} needed`);
  carryOver(action, 'quota', ctx);
  return false;
}

/**
 * A message whose invoices changed in the sheet during the run (paid, disputed, removed, ...) is
 * not sent: a `skipped` row says why, and the next run plans it again from the new values.
 */
function holdChanged(action: Action, changed: readonly string[], ctx: CarryContext): void {
  ctx.journal.record(action, 'skipped', {
    detail: formatLogDetail({ reason: 'changed_during_run', changed: changed.join(' ') }),
  });
  ctx.journal.note(action, serverTexts.changedDuringRun[ctx.workbook.settings.language]);
}

function carryOver(action: Action, reason: StopReason, ctx: CarryContext): void {
  ctx.journal.record(action, 'carried_over', { detail: formatLogDetail({ reason }) });
  ctx.journal.tally.carriedOver += 1;
  ctx.journal.note(action, serverTexts.carriedOver[ctx.workbook.settings.language]);
}
