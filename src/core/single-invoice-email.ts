import { type CalendarDate, daysBetween } from './calendar-date.ts';
import type { Invoice, Language } from './invoice.ts';
import type { PlannedEmail } from './plan.ts';
import type { Stage } from './stage.ts';

export interface SingleInvoiceEmailOptions {
  readonly stage: Stage;
  readonly language: Language;
  readonly today: CalendarDate;
  readonly messageKey: string;
}

/**
 * One invoice as an e-mail of `stage` planned today, for what is rendered outside the planner: a
 * template preview, a test sent to the user. A new client's tone, no thread, no priority.
 */
export function singleInvoiceEmail(
  invoice: Invoice,
  options: SingleInvoiceEmailOptions,
): PlannedEmail {
  return {
    kind: 'email',
    clientKey: invoice.clientKey,
    client: invoice.client,
    to: invoice.emails,
    cc: invoice.cc,
    stage: options.stage,
    segment: 'new',
    keyAccount: false,
    language: options.language,
    invoices: [
      {
        invoice,
        stage: options.stage,
        // As the planner counts it: an invoice not yet due is 0 days overdue.
        daysOverdue: Math.max(0, daysBetween(invoice.dueDate, options.today)),
      },
    ],
    threadId: null,
    priority: 0,
    messageKey: options.messageKey,
    nextStepOn: null,
  };
}
