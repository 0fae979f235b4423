import type { CalendarDate } from '../calendar-date.ts';
import type { Invoice, Language } from '../invoice.ts';

/**
 * Where a quote stands, as its status column says (blank = still open). Accepted, signed and
 * refused end every follow-up; `expired` typed by the user ends them too (the user has closed it).
 */
export type QuoteStatus = 'open' | 'accepted' | 'signed' | 'refused' | 'expired';

/** One valid row of the quotes tab. Money in minor units, like invoices. */
export interface Quote {
  readonly row: number;
  /** Quote number exactly as typed: the key of the quote's log rows and status cells. */
  readonly number: string;
  readonly client: string;
  readonly clientKey: string;
  readonly emails: readonly string[];
  readonly cc: readonly string[];
  readonly contactName: string | null;
  readonly amountCents: number;
  readonly currency: string;
  /** Day the quote was sent; null when the tab has no such column or the cell is blank. */
  readonly sentDate: CalendarDate | null;
  /** The acceptance deadline (valid until). */
  readonly validUntil: CalendarDate;
  readonly status: QuoteStatus;
  /** Day the prospect accepted, signed or refused, when the tab says. */
  readonly decidedOn: CalendarDate | null;
  readonly language: Language | null;
  readonly country: string | null;
  readonly notes: string | null;
}

export function isQuoteClosed(quote: Quote): boolean {
  return quote.status !== 'open';
}

export function isQuoteAccepted(quote: Quote): boolean {
  return quote.status === 'accepted' || quote.status === 'signed';
}

/**
 * The quote as the templates and the delivery of messages see a document: `{{invoice_number}}`
 * is the quote number, `{{amount}}` and `{{total_due}}` its amount, `{{issue_date}}` the day it
 * was sent and `{{due_date}}` its acceptance deadline.
 */
export function quoteAsInvoice(quote: Quote): Invoice {
  return {
    row: quote.row,
    number: quote.number,
    client: quote.client,
    clientKey: quote.clientKey,
    emails: quote.emails,
    cc: quote.cc,
    contactName: quote.contactName,
    amountCents: quote.amountCents,
    amountPaidCents: 0,
    currency: quote.currency,
    issueDate: quote.sentDate,
    dueDate: quote.validUntil,
    paidDate: null,
    status: 'open',
    promiseDate: null,
    language: quote.language,
    country: quote.country,
    customerKind: 'b2b',
    paymentLink: null,
    fileId: null,
    segmentOverride: null,
    doNotRemind: false,
    notes: quote.notes,
  };
}
