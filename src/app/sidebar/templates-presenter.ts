/**
 * The Templates view and the live preview. The templates tab is the source of truth: the view is
 * built from the parsed tab, and a preview renders the edited (unsaved) template on a real
 * invoice with the same renderer the daily run uses.
 */

import type {
  SampleInvoice,
  TemplateIssue,
  TemplatePreview,
  TemplatesView,
} from '../../api/templates.ts';
import type { Invoice } from '../../core/invoice.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import { isPaid } from '../../core/profiles.ts';
import { singleInvoiceEmail } from '../../core/single-invoice-email.ts';
import { isStage } from '../../core/stage.ts';
import {
  type ParsedTemplates,
  PLACEHOLDER_ALIASES,
  PLACEHOLDER_NAMES,
  type RenderContext,
  renderContextFor,
  renderMessage,
  type TemplateError,
  type TemplateRow,
  validateTemplate,
} from '../../core/templates/index.ts';
import { PLACEHOLDER_DESCRIPTIONS } from '../../core/templates/placeholder-descriptions.ts';
import { contextInputs, type PreviewInputs } from '../run/render-inputs.ts';

const MAX_SAMPLES = 30;

export function issueOf(error: TemplateError): TemplateIssue {
  return { part: error.field ?? 'row', message: error.inEditor };
}

export function presentTemplates(
  parsed: ParsedTemplates,
  invoices: readonly Invoice[],
): TemplatesView {
  const issues: Record<string, TemplateIssue[]> = {};
  for (const template of parsed.templates) {
    const errors = validateTemplate(template);
    if (errors.length > 0) issues[template.id] = errors.map(issueOf);
  }
  for (const error of parsed.errors) {
    const key = `row:${error.row}`;
    issues[key] = [...(issues[key] ?? []), { part: 'row', message: error.message }];
  }
  return {
    templates: parsed.templates,
    issues,
    placeholders: PLACEHOLDER_NAMES.map((name) => ({
      name,
      alias: PLACEHOLDER_ALIASES[name],
      description: PLACEHOLDER_DESCRIPTIONS[name],
    })),
    samples: sampleInvoices(invoices),
  };
}

/** Unpaid invoices first (the ones reminders are about), most overdue first. */
function sampleInvoices(invoices: readonly Invoice[]): SampleInvoice[] {
  return [...invoices]
    .sort((a, b) => Number(isPaid(a)) - Number(isPaid(b)) || a.dueDate.localeCompare(b.dueDate))
    .slice(0, MAX_SAMPLES)
    .map((invoice) => ({ number: invoice.number, client: invoice.client }));
}

/**
 * The render context of `template` on one invoice, as if it were today's message: the same
 * inputs, deadline and tone as the run's e-mail of that stage (a preview and a test e-mail are
 * made here, so they cannot say something else than the run).
 */
export function previewContext(
  template: TemplateRow,
  invoice: Invoice,
  inputs: PreviewInputs,
  attachedFiles: number,
): RenderContext {
  const ladderStage = isStage(template.stage) ? template.stage : null;
  // A quote or instalment template previews on the invoice like a reminder, with its own stage
  // and, as the run's notes, no ladder step after it (no deadline, no step ahead): they name
  // their own dates.
  const planned = singleInvoiceEmail(invoice, {
    stage: ladderStage ?? 'r1',
    language: template.language,
    messageKey: 'preview',
    plan: inputs.plan,
  });
  return {
    ...renderContextFor(planned, { ...contextInputs(invoice, inputs.sources), attachedFiles }),
    stage: template.stage,
    ...(ladderStage === null && {
      nextStepOn: null,
      nextStepAheadOn: null,
      callOn: null,
      noticeOn: null,
    }),
  };
}

/** What the run would attach to the previewed message (see invoice-attachments.ts). */
export interface PreviewAttachments {
  readonly names: readonly string[];
  /** The run's note for a linked file it would not attach; null when none. */
  readonly note: LocalizedText | null;
}

const NO_ATTACHMENTS: PreviewAttachments = { names: [], note: null };

/** Renders the edited template on the chosen invoice; errors instead of a half-filled mail. */
export function previewTemplate(
  template: TemplateRow,
  invoice: Invoice | null,
  inputs: PreviewInputs,
  files: PreviewAttachments = NO_ATTACHMENTS,
): TemplatePreview {
  const attachments = { attachments: files.names, attachmentNote: files.note };
  if (invoice === null) {
    return {
      subject: null,
      html: null,
      issues: validateTemplate(template).map(issueOf),
      invoiceNumber: null,
      ...attachments,
    };
  }
  const context = previewContext(template, invoice, inputs, files.names.length);
  const result = renderMessage(template, context);
  return result.ok
    ? {
        subject: result.subject,
        html: result.html,
        issues: [],
        invoiceNumber: invoice.number,
        ...attachments,
      }
    : {
        subject: null,
        html: null,
        issues: result.errors.map(issueOf),
        invoiceNumber: invoice.number,
        ...attachments,
      };
}
