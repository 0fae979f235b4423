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
import type { CalendarDate } from '../../core/calendar-date.ts';
import type { Invoice } from '../../core/invoice.ts';
import { isPaid } from '../../core/profiles.ts';
import type { RatePoint, Settings } from '../../core/settings.ts';
import { singleInvoiceEmail } from '../../core/single-invoice-email.ts';
import {
  type ContextInputs,
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
import { contactForClient } from '../../core/templates/international-phone.ts';
import { invoiceLateFees, legalContextOf } from '../run/invoice-late-fees.ts';

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
    placeholders: PLACEHOLDER_NAMES.map((name) => ({ name, alias: PLACEHOLDER_ALIASES[name] })),
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

/** The render context of `template` on one invoice, as if it were today's message. */
export function previewContext(
  template: TemplateRow,
  invoice: Invoice,
  settings: Settings,
  today: CalendarDate,
  fetchedRates: readonly RatePoint[] = [],
): RenderContext {
  // The context reads the stage only for `{{stage}}`: a quote or instalment template previews
  // on the invoice like a reminder, with its own stage.
  const planned = singleInvoiceEmail(invoice, {
    stage: 'r1',
    language: template.language,
    today,
    messageKey: 'preview',
  });
  return {
    ...renderContextFor(planned, contextInputs(invoice, settings, today, fetchedRates)),
    stage: template.stage,
  };
}

/** What a template needs besides the invoices: sender, jurisdiction, late fees of the day. */
export function contextInputs(
  first: Invoice,
  settings: Settings,
  today: CalendarDate,
  fetchedRates: readonly RatePoint[] = [],
): ContextInputs {
  return {
    today,
    senderName: settings.senderName,
    // A client abroad gets the phone number in international form.
    senderContact: contactForClient(settings.senderContact, settings.country, first.country),
    senderCompany: settings.senderCompany,
    ...legalContextOf(first, settings),
    attachedFiles: first.fileId === null ? 0 : 1,
    // The same figures as the mail the run sends (an unknown interest stays unknown).
    lateFees: (invoice) => invoiceLateFees(invoice, today, settings, fetchedRates),
  };
}

/** Renders the edited template on the chosen invoice; errors instead of a half-filled mail. */
export function previewTemplate(
  template: TemplateRow,
  invoice: Invoice | null,
  settings: Settings,
  today: CalendarDate,
  fetchedRates: readonly RatePoint[] = [],
): TemplatePreview {
  if (invoice === null) {
    return {
      subject: null,
      html: null,
      issues: validateTemplate(template).map(issueOf),
      invoiceNumber: null,
    };
  }
  const result = renderMessage(
    template,
    previewContext(template, invoice, settings, today, fetchedRates),
  );
  return result.ok
    ? { subject: result.subject, html: result.html, issues: [], invoiceNumber: invoice.number }
    : {
        subject: null,
        html: null,
        issues: result.errors.map(issueOf),
        invoiceNumber: invoice.number,
      };
}
