/** The late-payment amounts a reminder shows for one invoice, on the day it is written. */
import type { CalendarDate } from '../../core/calendar-date.ts';
import type { Invoice } from '../../core/invoice.ts';
import { lateFees } from '../../core/late-fees.ts';
import type { Settings } from '../../core/settings.ts';
import type { InvoiceLateFees } from '../../core/templates/index.ts';

/**
 * The fee module's figures as they are: an unknown interest (null, a reference rate missing from
 * the settings) makes `{{late_interest}}` a render error instead of a wrong amount, and the €40
 * indemnity, owed whatever the rate, stays. Before the due date nothing is owed.
 */
export function invoiceLateFees(
  invoice: Invoice,
  today: CalendarDate,
  settings: Settings,
): InvoiceLateFees | null {
  const fees = lateFees(invoice, today, settings);
  return fees.daysLate > 0 ? fees : null;
}
