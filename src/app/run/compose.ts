/**
 * Turns a planned action into the message Gmail will carry: template chosen and rendered by the
 * core, the reference footer added (for reconciliation), and in test mode the recipient replaced
 * by the user with the subject marked.
 */

import type { Language } from '../../core/invoice.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import type { PlannedEmail, PlannedFollowUp } from '../../core/plan.ts';
import type { PlannedNote } from '../../core/planned-note.ts';
import { referenceLine } from '../../core/run/message-reference.ts';
import { escapeHtml } from '../../core/templates/html-escape.ts';
import {
  chooseTemplate,
  renderContextFor,
  renderMessage,
  type TemplateRow,
} from '../../core/templates/index.ts';
import {
  isWaitingReason,
  type TemplateFailureReason,
  templateErrorsText,
  templateFailureReason,
} from '../../core/templates/template-failure.ts';
import { variantKeyOf } from '../../core/templates/variant-key.ts';
import { localized, text as serverText } from '../../core/texts/server-texts.ts';
import type { OutgoingMessage } from '../../gas/gmail-sender.ts';
import { contextInputs, type RenderSources } from './render-inputs.ts';

type Blob = GoogleAppsScript.Base.Blob;

export const TEST_SUBJECT_MARK = '[TEST]';

export interface ComposeInput {
  readonly planned: PlannedEmail | PlannedFollowUp | PlannedNote;
  readonly templates: readonly TemplateRow[];
  /** The settings (test mode among them), the day, the rates: see render-inputs.ts. */
  readonly sources: RenderSources;
  readonly attachments: readonly Blob[];
  /** The user's address: where test-mode messages go. */
  readonly userEmail: string;
}

export type Composed =
  | {
      readonly ok: true;
      readonly message: OutgoingMessage;
      readonly templateId: string;
      readonly variant: string;
      /** The message's one language: its template's. */
      readonly language: Language;
      /** The client's language when no template exists in it (the message went in another). */
      readonly fallbackFrom: Language | null;
    }
  | {
      readonly ok: false;
      /** The log's `reason=` (src/core/templates/template-failure.ts). */
      readonly reason: TemplateFailureReason;
      /** What to put right, in both languages (the log keeps both, the note the user's). */
      readonly message: LocalizedText;
      readonly templateId: string | null;
      /**
       * Only values are missing (a contact, a payment link … used in a sentence), or the template
       * must be put right (unsigned, or claiming reminders that were not sent): the message waits
       * until the sheet, the settings or the template do, rather than fail or go out untrue.
       */
      readonly waiting: boolean;
    };

function testBanner(planned: ComposeInput['planned'], cc: readonly string[], language: Language) {
  const to = planned.to.join(', ');
  const copy = cc.length ? serverText(language, 'testBannerCopy', { cc: cc.join(', ') }) : '';
  return serverText(language, 'testBanner', { to, copy });
}

/** Renders the message of `input.planned`, or says why it cannot be sent. */
export function composeMessage(input: ComposeInput): Composed {
  const { planned, sources } = input;
  const { settings } = sources;
  const template = chooseTemplate(input.templates, {
    stage: planned.stage,
    segment: planned.segment,
    keyAccount: planned.keyAccount,
    language: planned.language,
    defaultLanguage: settings.language,
    variantKey: variantKeyOf(planned),
  });
  if (!template) {
    const message = localized('noActiveTemplate', {
      stage: planned.stage,
      language: planned.language,
    });
    return { ok: false, reason: 'no_template', message, templateId: null, waiting: false };
  }
  const first = planned.invoices[0]?.invoice;
  // The same inputs as the sidebar's preview and Today, with the files really attached.
  const context = first
    ? renderContextFor(planned, {
        ...contextInputs(first, sources),
        attachedFiles: input.attachments.length,
      })
    : null;
  if (!context) {
    return {
      ok: false,
      reason: 'template_error',
      message: localized('noInvoiceToRender'),
      templateId: template.id,
      waiting: false,
    };
  }
  const rendered = renderMessage(template, context);
  if (!rendered.ok) {
    const reason = templateFailureReason(rendered.errors);
    return {
      ok: false,
      reason,
      message: templateErrorsText(rendered.errors),
      templateId: template.id,
      waiting: isWaitingReason(reason),
    };
  }
  const reference = referenceLine(planned.messageKey, template.language);
  let text = `${rendered.text}\n\n${reference}`;
  let html = `${rendered.html}<p style="color:#6a737d;font-size:12px">${escapeHtml(reference)}</p>`;
  const cc = planned.kind === 'email' ? [...planned.cc, ...settings.cc] : [...settings.cc];
  let subject = rendered.subject;
  let to: readonly string[] = planned.to;
  let finalCc: readonly string[] = cc;
  let bcc: readonly string[] = settings.bcc;
  let threadId = planned.threadId;
  if (settings.testMode) {
    const banner = testBanner(planned, cc, settings.language);
    text = `${banner}\n\n${text}`;
    html = `<p style="background:#fff8c5;padding:8px;border:1px solid #d4a72c">${escapeHtml(banner)}</p>${html}`;
    subject = `${TEST_SUBJECT_MARK} ${subject}`;
    to = [input.userEmail];
    finalCc = [];
    bcc = [];
    // A test never goes into a client's conversation.
    threadId = null;
  }
  return {
    ok: true,
    templateId: template.id,
    variant: template.variant,
    language: template.language,
    fallbackFrom: template.language === planned.language ? null : planned.language,
    message: {
      to,
      cc: finalCc,
      bcc,
      subject,
      textBody: text,
      htmlBody: html,
      senderName: settings.senderName,
      replyTo: settings.replyTo,
      attachments: input.attachments,
      threadId,
    },
  };
}

/** Number of recipients a message uses from the daily quota. */
export function recipientCount(message: OutgoingMessage): number {
  return new Set([...message.to, ...message.cc, ...message.bcc].map((a) => a.toLowerCase())).size;
}
