import type { CalendarDate } from '../../../src/core/calendar-date.ts';
import type { RenderContext, RenderInvoice } from '../../../src/core/templates/render-context.ts';
import { type TemplateRow, templateId } from '../../../src/core/templates/template-row.ts';

export const day = (iso: string) => iso as CalendarDate;

/** A French agency with three overdue invoices, a partial payment and one payment link. */
export const frenchB2B: RenderContext = {
  language: 'fr',
  country: 'FR',
  jurisdiction: 'fr_b2b',
  stage: 'r3',
  today: day('2026-04-20'),
  client: 'Atelier Lumière & Fils',
  contact: 'Claire Moreau',
  invoices: [
    invoice(
      'F-2026-014',
      '2026-02-10',
      '2026-03-12',
      120000,
      120000,
      'https://pay.example.com/F-2026-014',
      1198,
    ),
    invoice('F-2026-015', '2026-02-18', '2026-03-20', 234560, 134560, null, 1031),
    invoice('F-2026-021', '2026-03-01', '2026-03-31', 48000, 48000, null, 319),
  ],
  senderName: 'Camille Roux',
  senderContact: 'camille@roux-studio.fr · 06 12 34 56 78',
  attachedFiles: 3,
  // r3 after r1 and r2 went out; the call and then the formal notice are ahead.
  remindersSent: 2,
  nextStepAheadOn: day('2026-04-28'),
  callOn: day('2026-04-28'),
  noticeOn: day('2026-05-13'),
};

/** A London studio billed in pounds: UK statutory interest and a £70 fixed sum. */
export const englishUK: RenderContext = {
  language: 'en',
  country: 'GB',
  jurisdiction: 'uk_b2b',
  stage: 'r3',
  today: day('2026-04-20'),
  client: 'Northwind Design Ltd',
  contact: 'Sarah Thompson',
  invoices: [
    {
      number: 'F-2026-009',
      issueDate: day('2026-02-02'),
      dueDate: day('2026-03-04'),
      amountCents: 285000,
      balanceCents: 285000,
      currency: 'GBP',
      daysOverdue: 47,
      paymentLink: 'https://pay.example.com/F-2026-009',
      lateFees: { interestCents: 3900, indemnityCents: 7000, indemnityCurrency: 'GBP' },
    },
  ],
  senderName: 'Camille Roux',
  senderContact: 'camille@roux-studio.fr',
  attachedFiles: 1,
  remindersSent: 2,
  nextStepAheadOn: day('2026-04-28'),
  callOn: day('2026-04-28'),
  noticeOn: day('2026-05-13'),
};

/** A private individual in Lyon: no indemnity ever, interest only from the formal notice. */
export const frenchConsumer: RenderContext = {
  language: 'fr',
  country: 'FR',
  jurisdiction: 'fr_b2c',
  stage: 'r3',
  today: day('2026-04-20'),
  client: 'Julien Martin',
  contact: null,
  invoices: [
    {
      number: 'F-2026-017',
      issueDate: day('2026-02-20'),
      dueDate: day('2026-03-06'),
      amountCents: 85000,
      balanceCents: 85000,
      currency: 'EUR',
      daysOverdue: 45,
      paymentLink: null,
      lateFees: { interestCents: 0, indemnityCents: 0, indemnityCurrency: 'EUR' },
    },
  ],
  senderName: 'Camille Roux',
  senderContact: '06 12 34 56 78',
  attachedFiles: 0,
};

function invoice(
  number: string,
  issue: string,
  due: string,
  amountCents: number,
  balanceCents: number,
  paymentLink: string | null,
  interestCents: number,
): RenderInvoice {
  return {
    number,
    issueDate: day(issue),
    dueDate: day(due),
    amountCents,
    balanceCents,
    currency: 'EUR',
    daysOverdue: (Date.parse('2026-04-20') - Date.parse(due)) / 86_400_000,
    paymentLink,
    lateFees: { interestCents, indemnityCents: 4000, indemnityCurrency: 'EUR' },
  };
}

/** The first invoice of a context (fixtures always have one). */
export function firstInvoice(context: RenderContext): RenderInvoice {
  const first = context.invoices[0];
  if (!first) throw new Error('fixture without invoices');
  return first;
}

/**
 * A template row for tests, active unless said otherwise. Its stage is `call` unless said
 * otherwise: a call task is a note to the user and signs nothing, so a test renders a fragment
 * alone, while an e-mail template must sign with `{{sender_name}}` (validate-template.test.ts).
 */
export function row(
  fields: Partial<TemplateRow> & Pick<TemplateRow, 'subject' | 'body'>,
): TemplateRow {
  const stage = fields.stage ?? 'call';
  const segment = fields.segment ?? 'all';
  const language = fields.language ?? 'fr';
  const variant = fields.variant ?? 'A';
  return {
    id: templateId(stage, segment, language, variant),
    stage,
    segment,
    language,
    variant,
    active: true,
    ...fields,
  };
}
