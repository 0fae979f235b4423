import type { CalendarDate } from '../calendar-date.ts';
import type { HeaderColumn } from '../columns/column-mapping.ts';
import type { Language, RowError } from '../invoice.ts';
import type { LocalizedText } from '../localized-text.ts';
import { shortValue } from '../messages/row-errors.ts';
import { isBlankCell } from '../parse/cell.ts';
import { isMonthFirstLocale, parseDateCell } from '../parse/date-cell.ts';
import { readInvoices } from '../read-invoices.ts';
import type { ColumnOverrides } from '../settings.ts';
import { QUOTE_FIELD_NAMES } from '../texts/quote-texts.ts';
import { localized } from '../texts/server-texts.ts';
import type { Quote, QuoteStatus } from './quote.ts';
import { detectQuoteColumns, type QuoteColumns } from './quote-columns.ts';
import { parseQuoteStatus, QUOTE_STATUS_HINT } from './quote-status.ts';

export interface ReadQuotesOptions {
  readonly dateOfCell: (date: Date) => CalendarDate;
  readonly locale: string;
  readonly language: Language;
  readonly defaultCurrency: string;
  /** The tab's name, for the message when it cannot be read. */
  readonly sheet: string;
  /** The user's header choices from the Start guide (settings `quoteColumnOverrides`). */
  readonly overrides: ColumnOverrides;
}

export interface ReadQuotesResult {
  readonly quotes: Quote[];
  readonly errors: RowError[];
  /** Header of the quote-number column, to write the status cells back by number. */
  readonly keyHeader: string | null;
  /** Set when required columns are missing: nothing is read. */
  readonly problem: LocalizedText | null;
  /** How the columns were found, for the Start guide. */
  readonly columns: QuoteColumns;
}

/**
 * The quotes tab (`getValues()`, header row first) as quotes and row errors. The cells are parsed
 * by the invoices tab's reader (amounts, dates, addresses, duplicates, blank and totals lines),
 * so a quote row fails the way an invoice row does; the status and decision-date columns, which
 * only quotes have, are read here.
 */
export function readQuotes(
  rows: readonly (readonly unknown[])[],
  options: ReadQuotesOptions,
): ReadQuotesResult {
  const columns = detectQuoteColumns(rows[0] ?? [], options.overrides);
  if (columns.missing.length > 0) {
    const problem = localized('quoteColumnsMissing', (language) => ({
      sheet: options.sheet,
      list: columns.missing.map((f) => QUOTE_FIELD_NAMES[f]?.[language] ?? f).join(', '),
    }));
    return { quotes: [], errors: [], keyHeader: null, problem, columns };
  }
  const read = readInvoices(rows, { ...options, mapping: columns.mapping, overrides: {} });
  const reading = {
    dateOfCell: options.dateOfCell,
    monthFirst: isMonthFirstLocale(options.locale),
  };
  const quotes: Quote[] = [];
  const errors: RowError[] = read.errors.map(asQuoteError(options.language));
  for (const invoice of read.invoices) {
    const cells = rows[invoice.row - 1] ?? [];
    const statusCell = cellAt(cells, columns.fields.status);
    const status = parseQuoteStatus(statusCell);
    if (status === null) {
      errors.push(
        statusError(invoice.row, invoice.number, columns.fields.status, statusCell, options),
      );
      continue;
    }
    const decidedCell = cellAt(cells, columns.fields.decidedOn);
    const decidedOn = isBlankCell(decidedCell) ? null : parseDateCell(decidedCell, reading);
    quotes.push({
      row: invoice.row,
      number: invoice.number,
      client: invoice.client,
      clientKey: invoice.clientKey,
      emails: invoice.emails,
      cc: invoice.cc,
      contactName: invoice.contactName,
      amountCents: invoice.amountCents,
      currency: invoice.currency,
      sentDate: invoice.issueDate,
      validUntil: invoice.dueDate,
      status: status satisfies QuoteStatus,
      decidedOn,
      language: invoice.language,
      country: invoice.country,
      notes: invoice.notes,
    });
  }
  errors.sort((a, b) => a.row - b.row);
  return {
    quotes,
    errors,
    keyHeader: columns.fields.number?.header ?? null,
    problem: null,
    columns,
  };
}

/**
 * The invoices' row errors speak of an invoice; on the quotes tab they speak of a quote (a
 * message is true about the row it names). The deadline and sent-date columns are named by
 * their own headers in the message.
 */
const QUOTE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/le numéro de facture/g, 'le numéro de devis'],
  [/de la facture/g, 'du devis'],
  [/cette facture n’est pas relancée/g, 'ce devis n’est pas suivi'],
  [/invoice number/g, 'quote number'],
  [/the invoice's/g, "the quote's"],
  [/this invoice is not chased/g, 'this quote is not followed up'],
  [/la date d'échéance/g, 'la date limite'],
  [/due date/g, 'deadline'],
];

function asQuoteError(language: Language): (error: RowError) => RowError {
  const reword = (text: string) =>
    QUOTE_WORDS.reduce((out, [from, to]) => out.replace(from, to), text);
  return (error) => {
    const messages = { fr: reword(error.messages.fr), en: reword(error.messages.en) };
    return { ...error, message: messages[language], messages };
  };
}

function cellAt(cells: readonly unknown[], column: HeaderColumn | undefined): unknown {
  return column === undefined ? undefined : cells[column.index];
}

function statusError(
  row: number,
  number: string,
  column: HeaderColumn | undefined,
  cell: unknown,
  options: ReadQuotesOptions,
): RowError {
  const value = shortValue(String(cell));
  const header = column?.header ?? '';
  const messages = localized('quoteStatusInvalid', (language) => ({
    row,
    value,
    header,
    expected: QUOTE_STATUS_HINT[language],
  }));
  return {
    row,
    invoiceNumber: number,
    field: 'status',
    value,
    message: messages[options.language],
    messages,
  };
}
