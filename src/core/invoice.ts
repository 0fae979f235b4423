import type { CalendarDate } from './calendar-date.ts';
import type { LocalizedText } from './localized-text.ts';
import type { Segment } from './segment.ts';

export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

/** What a row's « Type » cell can say: business client (B2B late-payment law applies) or consumer. */
export type StatedCustomerKind = 'b2b' | 'b2c';

/**
 * The client's kind as the run uses it: the row's, else the settings' default for rows that do not
 * say (`defaultCustomerKind`), else `unknown`. An unknown kind gets no statutory claim: the B2B
 * interest and €40 bind only a professional debtor, and a consumer's rules differ.
 */
export type CustomerKind = StatedCustomerKind | 'unknown';

/**
 * What the status column says, normalised. `open` is the default when the column is blank.
 * `auto_pay` covers direct debit and card-on-file: nothing to chase.
 */
export type InvoiceStatus = 'open' | 'paid' | 'auto_pay' | 'disputed' | 'on_hold' | 'cancelled';

/** One valid invoice row. Money is in minor units (cents) to keep sums exact. */
export interface Invoice {
  /** 1-based row number in the invoices tab, for messages only: rows move, numbers do not. */
  readonly row: number;
  /** Invoice number as text, exactly as typed (`0012` stays `0012`). The key of everything. */
  readonly number: string;
  readonly client: string;
  /** Groups invoices of one client: normalised client name. */
  readonly clientKey: string;
  readonly emails: readonly string[];
  readonly cc: readonly string[];
  readonly contactName: string | null;
  readonly amountCents: number;
  readonly amountPaidCents: number;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
  readonly issueDate: CalendarDate | null;
  readonly dueDate: CalendarDate;
  readonly paidDate: CalendarDate | null;
  readonly status: InvoiceStatus;
  readonly promiseDate: CalendarDate | null;
  /** Null when the row does not say: the settings' default language applies. */
  readonly language: Language | null;
  /** ISO 3166-1 alpha-2, upper case; null falls back to the settings' country. */
  readonly country: string | null;
  readonly customerKind: CustomerKind;
  /**
   * ISO 3166-1 alpha-2 of the law the contract chose ("Loi applicable" column); absent or null:
   * the law of the freelancer's establishment (settings).
   */
  readonly governingLaw?: string | null;
  readonly paymentLink: string | null;
  /** Drive file id of the invoice PDF, extracted from a URL or typed as an id. */
  readonly fileId: string | null;
  readonly segmentOverride: Segment | null;
  readonly doNotRemind: boolean;
  readonly notes: string | null;
}

/** Balance still due, never negative. */
export function balanceCents(invoice: Invoice): number {
  return Math.max(0, invoice.amountCents - invoice.amountPaidCents);
}

/** A row that could not become an invoice, with a message a person understands. */
export interface RowError {
  readonly row: number;
  /** Invoice number when it could be read, so the status columns can still show the error. */
  readonly invoiceNumber: string | null;
  /** The logical field at fault (e.g. `email`), or null for row-level problems. */
  readonly field: string | null;
  /** The offending value as text (truncated for display). */
  readonly value: string | null;
  /** Complete sentence in the sheet's language, e.g. "Ligne 14 : l'adresse e-mail « jean@ » n'est pas valide." */
  readonly message: string;
  /** The same sentence in French and English, for an interface switched to the other language. */
  readonly messages: LocalizedText;
}
