import { type CalendarDate, daysBetween } from '../calendar-date.ts';
import { balanceCents, type Invoice } from '../invoice.ts';
import { isPaid } from '../profiles.ts';

/**
 * When an invoice's money moved, as far as the sheet tells. The sheet has one paid date per row
 * and at most a running "amount paid": a payment can be placed in time only through the paid
 * date, so figures over past days treat a row with a paid date as wholly due until that day, and
 * leave out rows settled without a date (they cannot be placed in any month).
 */

/** The day the sales of an invoice count: its issue date, or its due date when there is none. */
export function billedOn(invoice: Invoice): CalendarDate {
  return invoice.issueDate ?? invoice.dueDate;
}

/** Settled (paid status or fully paid amount) with no paid date: its timing is unknown. */
export function isUndatedPayment(invoice: Invoice): boolean {
  return invoice.paidDate === null && isPaid(invoice);
}

/** Invoices every figure over time works on: not cancelled, payment placed in time when made. */
export function isDatable(invoice: Invoice): boolean {
  return invoice.status !== 'cancelled' && !isUndatedPayment(invoice);
}

/**
 * Amount receivable at the end of `date`: billed by then and not paid by then. An open row keeps
 * its partial payments (the sheet does not date them); a paid row is due in full until its paid
 * date.
 */
export function receivableCentsOn(invoice: Invoice, date: CalendarDate): number {
  if (!isDatable(invoice) || billedOn(invoice) > date) return 0;
  if (invoice.paidDate !== null) return invoice.paidDate > date ? invoice.amountCents : 0;
  return balanceCents(invoice);
}

/**
 * Amount still to come in at the end of `date`, for the forecast: every unpaid row of the sheet,
 * including those with no issue date and a due date ahead (they are expected money), except rows
 * issued after `date`.
 */
export function unpaidCentsOn(invoice: Invoice, date: CalendarDate): number {
  if (!isDatable(invoice) || (invoice.issueDate !== null && invoice.issueDate > date)) return 0;
  if (invoice.paidDate !== null) return invoice.paidDate > date ? invoice.amountCents : 0;
  return balanceCents(invoice);
}

/** Days from the due date to the paid date (negative when paid early), or null when unpaid. */
export function signedDaysLate(invoice: Invoice): number | null {
  return invoice.paidDate === null ? null : daysBetween(invoice.dueDate, invoice.paidDate);
}
