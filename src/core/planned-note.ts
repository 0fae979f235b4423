import type { Invoice } from './invoice.ts';
import type { PlannedEmail } from './plan.ts';
import type { NoteStage } from './stage.ts';

/**
 * One document inside a note. For a quote, `invoice` is the quote as the templates see it (number,
 * amount, sent date as `issueDate`, acceptance deadline as `dueDate`); for an instalment, it is
 * the invoice with the instalment's amount still due and date, so `{{total_due}}` and
 * `{{due_date}}` speak of the instalment, not of the whole balance.
 */
export interface PlannedNoteItem {
  readonly invoice: Invoice;
  readonly stage: NoteStage;
  readonly daysOverdue: number;
}

/**
 * An e-mail outside the invoice ladder (a quote follow-up, an instalment note or reminder). It is
 * carried out like a reminder e-mail: same priority queue, quota, time budget, pending row before
 * the send, thread, test mode and log.
 */
export interface PlannedNote extends Omit<PlannedEmail, 'stage' | 'invoices'> {
  readonly stage: NoteStage;
  readonly invoices: readonly PlannedNoteItem[];
}
