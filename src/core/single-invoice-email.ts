import { daysBetween } from './calendar-date.ts';
import type { Invoice, Language } from './invoice.ts';
import type { PlannedEmail } from './plan.ts';
import { type PlanInput, singleInvoiceTerms } from './planner.ts';
import type { Stage } from './stage.ts';

export interface SingleInvoiceEmailOptions {
  readonly stage: Stage;
  readonly language: Language;
  readonly messageKey: string;
  /** What the run plans from today (its day, the invoices, the log, the settings). */
  readonly plan: PlanInput;
}

/**
 * One invoice as an e-mail of `stage` planned today, for what is rendered outside the planner: a
 * template preview, a test sent to the user. The client's tone, the deadline (the day of the next
 * step), the reminders already sent and the steps ahead are the run's own (`singleInvoiceTerms`);
 * no thread, no priority.
 */
export function singleInvoiceEmail(
  invoice: Invoice,
  options: SingleInvoiceEmailOptions,
): PlannedEmail {
  const { today } = options.plan;
  const terms = singleInvoiceTerms(options.plan, invoice, options.stage);
  return {
    kind: 'email',
    clientKey: invoice.clientKey,
    client: invoice.client,
    to: invoice.emails,
    cc: invoice.cc,
    stage: options.stage,
    segment: terms.segment,
    keyAccount: terms.keyAccount,
    language: options.language,
    invoices: [
      {
        invoice,
        stage: options.stage,
        // As the planner counts it: an invoice not yet due is 0 days overdue.
        daysOverdue: Math.max(0, daysBetween(invoice.dueDate, today)),
      },
    ],
    threadId: null,
    priority: 0,
    messageKey: options.messageKey,
    nextStepOn: terms.nextStepOn,
    remindersSent: terms.remindersSent,
    stepsAhead: terms.stepsAhead,
  };
}
