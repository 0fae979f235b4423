/** The late-payment amounts a reminder shows for one invoice, on the day it is written. */
import type { CalendarDate } from '../../core/calendar-date.ts';
import { governingLawOf, legalSystemOf } from '../../core/governing-law.ts';
import type { Invoice } from '../../core/invoice.ts';
import { jurisdictionOf, lateFees } from '../../core/late-fees.ts';
import type { RatePoint, Settings } from '../../core/settings.ts';
import type { ContextInputs, InvoiceLateFees } from '../../core/templates/index.ts';

/**
 * What a message needs to know about the law of a client's invoices (the first invoice's: one
 * message is for one client) and the sender's details a formal notice prints.
 */
export function legalContextOf(
  first: Invoice | undefined,
  settings: Settings,
): Pick<ContextInputs, 'jurisdiction' | 'legalSystem' | 'senderAddress' | 'senderRegistration'> {
  return {
    jurisdiction: first ? jurisdictionOf(first, settings) : 'none',
    legalSystem: legalSystemOf(first ? governingLawOf(first, settings) : settings.establishment),
    senderAddress: settings.senderAddress,
    senderRegistration: settings.senderRegistration,
  };
}

/**
 * The fee module's figures as they are: an unknown interest (null, a reference rate missing from
 * the settings) makes `{{late_interest}}` a render error instead of a wrong amount, and the €40
 * indemnity, owed whatever the rate, stays. Before the due date nothing is owed.
 */
export function invoiceLateFees(
  invoice: Invoice,
  today: CalendarDate,
  settings: Settings,
  fetchedRates: readonly RatePoint[],
): InvoiceLateFees | null {
  const fees = lateFees(invoice, today, settings, jurisdictionOf(invoice, settings), {
    fetchedRates,
  });
  return fees.daysLate > 0 ? fees : null;
}
