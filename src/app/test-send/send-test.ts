/**
 * "Send a test to myself": a rendered message goes to the user's own address, subject marked
 * `[TEST]`, never into a client's thread and never recorded as sent to a client.
 */

import type { SendTestResult } from '../../api/templates.ts';
import { balanceCents } from '../../core/invoice.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import { messageKey, testMessageKey } from '../../core/message-key.ts';
import { planDay } from '../../core/planner.ts';
import { singleInvoiceEmail } from '../../core/single-invoice-email.ts';
import { EMAIL_STAGES } from '../../core/stage.ts';
import type { TemplateRow } from '../../core/templates/index.ts';
import { localized } from '../../core/texts/server-texts.ts';
import { sendMessage } from '../../gas/gmail-sender.ts';
import { effectiveUserEmail } from '../../gas/session-user.ts';
import { composeMessage, TEST_SUBJECT_MARK } from '../run/compose.ts';
import { previewedFiles } from '../run/invoice-attachments.ts';
import type { PreviewInputs } from '../run/render-inputs.ts';
import { saveSetupState, type Workbook } from '../workbook/workbook.ts';

type Blob = GoogleAppsScript.Base.Blob;

export interface RenderedMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * Sends an already rendered message (e.g. the template preview) to the user, with the invoice
 * files the run would attach to it.
 */
export function sendRenderedTest(
  workbook: Workbook,
  message: RenderedMessage,
  attachments: readonly Blob[],
): SendTestResult {
  const to = effectiveUserEmail();
  const subject = message.subject.startsWith(TEST_SUBJECT_MARK)
    ? message.subject
    : `${TEST_SUBJECT_MARK} ${message.subject}`;
  sendMessage({
    to: [to],
    cc: [],
    bcc: [],
    subject,
    textBody: message.text,
    htmlBody: message.html,
    senderName: workbook.settings.senderName,
    replyTo: workbook.settings.replyTo,
    attachments,
    threadId: null,
  });
  saveSetupState(workbook, { testSentAt: new Date().toISOString() });
  return { sentTo: to, subject };
}

export type SetupTestResult =
  | { readonly ok: true; readonly result: SendTestResult }
  | { readonly ok: false; readonly message: LocalizedText };

/**
 * The first-run test: a reminder for the most overdue unpaid invoice of the sheet, of the stage
 * it would really get next, rendered with the real templates from what the run renders from
 * (`inputs`), sent to the user in test mode. Nothing is written to the log.
 */
export function sendSetupTest(
  workbook: Workbook,
  inputs: PreviewInputs,
  templates: readonly TemplateRow[],
): SetupTestResult {
  const { plan, sources } = inputs;
  const unpaid = plan.invoices
    .filter((i) => balanceCents(i) > 0 && i.status === 'open')
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
  const invoice = unpaid[0];
  if (!invoice) {
    return {
      ok: false,
      message: localized('noUnpaidInvoiceForTest'),
    };
  }
  // The stage this invoice would really get next (the run's own rule), not always the friendliest.
  const decision = planDay(plan).decisions.find((d) => d.number === invoice.number);
  const next =
    decision?.state === 'planned'
      ? decision.stage
      : decision?.state === 'waiting'
        ? decision.nextStage
        : (decision?.nextStage ?? 'r1');
  const stage = EMAIL_STAGES.includes(next) ? next : 'r3';
  const planned = singleInvoiceEmail(invoice, {
    stage,
    language: invoice.language ?? sources.settings.language,
    messageKey: testMessageKey(messageKey(invoice.clientKey, stage, plan.today)),
    plan,
  });
  const composed = composeMessage({
    planned,
    templates,
    sources: { ...sources, settings: { ...sources.settings, testMode: true } },
    attachments: previewedFiles(stage, invoice, workbook, true).blobs,
    userEmail: effectiveUserEmail(),
  });
  if (!composed.ok) return { ok: false, message: composed.message };
  sendMessage(composed.message);
  saveSetupState(workbook, { testSentAt: new Date().toISOString() });
  return {
    ok: true,
    result: { sentTo: composed.message.to.join(', '), subject: composed.message.subject },
  };
}
