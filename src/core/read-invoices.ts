import type { CalendarDate } from './calendar-date.ts';
import { type ColumnMapping, isMappingComplete } from './columns/column-mapping.ts';
import { detectColumns } from './columns/detect-columns.ts';
import type { InvoiceField } from './columns/invoice-fields.ts';
import type { CustomerKind, Invoice, InvoiceStatus, Language, RowError } from './invoice.ts';
import { foldInvoiceNumber } from './invoice-number-key.ts';
import { type RowProblem, rowErrorMessage, shortValue } from './messages/row-errors.ts';
import { parseAmount } from './parse/amount.ts';
import { formulaErrorOf, isBlankCell, isDateCell } from './parse/cell.ts';
import { clientKeyOf } from './parse/client-key.ts';
import { parseCountry } from './parse/country.ts';
import { parseCurrency } from './parse/currency.ts';
import { parseCustomerKind } from './parse/customer-kind.ts';
import { type DateReading, isMonthFirstLocale, parseDateCell } from './parse/date-cell.ts';
import { parseDriveFileId } from './parse/drive-file-id.ts';
import { parseEmailList } from './parse/email-list.ts';
import { foldText } from './parse/fold-text.ts';
import { parseInvoiceNumber } from './parse/invoice-number.ts';
import { parseLanguage } from './parse/language.ts';
import { parsePaymentLink } from './parse/payment-link.ts';
import { parseSegmentOverride } from './parse/segment-override.ts';
import { parseStatus } from './parse/status.ts';
import { parseYesNo } from './parse/yes-no.ts';
import type { ColumnOverrides } from './settings.ts';

export interface ReadInvoicesOptions {
  /** 1-based row of the headers in the tab; rows above it are ignored. Default 1. */
  readonly headerRow?: number;
  /** A mapping already worked out (e.g. confirmed in the sidebar); detected from headers if absent. */
  readonly mapping?: ColumnMapping;
  readonly overrides: ColumnOverrides;
  /** Date cell → the day it shows in the spreadsheet's time zone (see calendar-date-in-zone.ts). */
  readonly dateOfCell: (date: Date) => CalendarDate;
  /** The spreadsheet's locale (`fr_FR`, `en_US` …): decides whether `03/12/2026` is day-first. */
  readonly locale: string;
  /** Language of the error messages. */
  readonly language: Language;
  /** ISO 4217 code for rows whose amount and currency column say none. */
  readonly defaultCurrency: string;
  /**
   * The kind of client of rows whose « Type » cell is blank or absent (the settings'
   * `defaultCustomerKind`); `unknown` when not given.
   */
  readonly defaultCustomerKind?: CustomerKind;
}

export interface ReadInvoicesResult {
  readonly mapping: ColumnMapping;
  readonly invoices: Invoice[];
  readonly errors: RowError[];
}

/**
 * Turns the invoices tab (`getValues()` of the whole tab, header row included, `rows[0]` being
 * sheet row 1) into invoices and row errors. Every row below the header is, exactly once:
 * - ignored when blank (every mapped cell empty, spaces or an unticked checkbox: columns the
 *   add-on does not read do not count) or when it is a totals line (no e-mail, and `Total` /
 *   `Sous-total` where the invoice number or client should be);
 * - an invoice, or one error naming its first problem (required cells, in column order of
 *   fields, then consistency checks). Never throws.
 *
 * Duplicate invoice numbers (compared by foldInvoiceNumber): the first row keeps the number,
 * every later row with it is an error naming the first row. A blank customer type takes
 * `defaultCustomerKind` (unknown unless the user chose one: never assumed to be a business).
 * When a required column is missing or ambiguous nothing is read: the mapping says why.
 */
export function readInvoices(
  rows: readonly (readonly unknown[])[],
  options: ReadInvoicesOptions,
): ReadInvoicesResult {
  const headerIndex = Math.max(0, Math.floor(options.headerRow ?? 1) - 1);
  const mapping = options.mapping ?? detectColumns(rows[headerIndex] ?? [], options.overrides);
  const invoices: Invoice[] = [];
  const errors: RowError[] = [];
  if (!isMappingComplete(mapping)) return { mapping, invoices, errors };

  const reader = new RowReader(mapping, options);
  const rowsOf = new Map<string, number[]>();
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    if (reader.isSkipped(cells)) continue;
    const result = reader.read(cells, index + 1, rowsOf);
    if ('message' in result) errors.push(result);
    else invoices.push(result);
  }
  const duplicated = [...rowsOf.values()].filter((r) => r.length > 1);
  if (duplicated.length === 0) return { mapping, invoices, errors };
  // Every row of a duplicated number waits, each with the same note: chasing one of them would
  // pick a row by chance, and a message could list the same invoice twice.
  const rowsOfRow = new Map(duplicated.flatMap((r) => r.map((row) => [row, r] as const)));
  const kept = invoices.filter((invoice) => !rowsOfRow.has(invoice.row));
  const waiting = invoices
    .filter((invoice) => rowsOfRow.has(invoice.row))
    .map((invoice) =>
      reader.duplicate(invoice.row, invoice.number, rowsOfRow.get(invoice.row) ?? []),
    );
  const all = [...errors, ...waiting];
  return { mapping, invoices: kept, errors: all.sort((a, b) => a.row - b.row) };
}

/** Thrown inside a row to stop at its first problem; caught by `RowReader.read`. */
class RowFault extends Error {
  constructor(
    readonly field: InvoiceField | null,
    readonly problem: RowProblem,
  ) {
    super(problem.kind);
  }
}

type Parser<T> = (cell: unknown) => T | null;

const REMEMBERED_ANSWERS = 5000;
/**
 * Longer invoice numbers are row errors: a real number is a short reference, and the log keeps
 * every number of a message in one cell, which must never need cutting.
 */
export const MAX_INVOICE_NUMBER_LENGTH = 100;
/**
 * More addresses than this in the e-mail or CC cell of one invoice is a row error: a reminder is
 * for the people who pay, and one message must never need a large share of the daily quota
 * (100 recipients for a consumer account: https://developers.google.com/apps-script/guides/services/quotas).
 */
export const MAX_RECIPIENTS_PER_CELL = 20;

/**
 * Caches a parser's answers for short text cells: statuses, countries, due dates, client names
 * and addresses repeat from row to row, and parsing them again is most of the cost.
 */
function remembered<T>(parse: (cell: unknown) => T): (cell: unknown) => T {
  const answers = new Map<string, T>();
  return (cell) => {
    if (typeof cell !== 'string' || cell.length > 200) return parse(cell);
    const known = answers.get(cell);
    if (known !== undefined || answers.has(cell)) return known as T;
    const answer = parse(cell);
    if (answers.size < REMEMBERED_ANSWERS) answers.set(cell, answer);
    return answer;
  };
}

/** Same for date cells, by instant: the shell's formatting goes through an Apps Script service. */
function rememberedDates(dateOfCell: (date: Date) => CalendarDate): (date: Date) => CalendarDate {
  const answers = new Map<number, CalendarDate>();
  return (date) => {
    const time = date.getTime();
    const known = answers.get(time);
    if (known !== undefined) return known;
    const answer = dateOfCell(date);
    if (answers.size < REMEMBERED_ANSWERS) answers.set(time, answer);
    return answer;
  };
}

const TOTAL_LINE = /^(?:total|totaux|sous total|subtotal|grand total)\b/;

class RowReader {
  private readonly index: Readonly<Partial<Record<InvoiceField, number>>>;
  private readonly mappedIndexes: readonly number[];
  private readonly dates: DateReading;
  private readonly dollarCurrency: string;
  private readonly status = remembered(parseStatus);
  private readonly yesNo = remembered(parseYesNo);
  private readonly language = remembered(parseLanguage);
  private readonly country = remembered(parseCountry);
  private readonly kind = remembered(parseCustomerKind);
  private readonly segment = remembered(parseSegmentOverride);
  private readonly emailList = remembered(parseEmailList);
  private readonly clientKey = remembered((client) => clientKeyOf(String(client)));
  private readonly currency: Parser<string>;
  private readonly date: Parser<CalendarDate>;
  private readonly amount: Parser<{ cents: number; currency: string | null }>;

  constructor(
    private readonly mapping: ColumnMapping,
    private readonly options: ReadInvoicesOptions,
  ) {
    const index: Partial<Record<InvoiceField, number>> = {};
    for (const [field, column] of Object.entries(mapping.columns)) {
      if (column) index[field as InvoiceField] = column.index;
    }
    this.index = index;
    this.mappedIndexes = Object.values(index);
    this.dates = {
      dateOfCell: rememberedDates(options.dateOfCell),
      monthFirst: isMonthFirstLocale(options.locale),
    };
    this.dollarCurrency = options.defaultCurrency.toUpperCase();
    this.currency = remembered((cell) =>
      typeof cell === 'string' ? parseCurrency(cell, this.dollarCurrency) : null,
    );
    const dateText = remembered((cell) => parseDateCell(cell, this.dates));
    const dateCells = new Map<number, CalendarDate | null>();
    this.date = (cell) => {
      if (!isDateCell(cell)) return dateText(cell);
      const time = cell.getTime();
      let day = dateCells.get(time);
      if (day === undefined) {
        day = parseDateCell(cell, this.dates);
        if (dateCells.size < REMEMBERED_ANSWERS) dateCells.set(time, day);
      }
      return day;
    };
    this.amount = (cell) => parseAmount(cell, this.dollarCurrency);
  }

  isSkipped(cells: readonly unknown[]): boolean {
    let blank = true;
    for (const i of this.mappedIndexes) {
      const cell = cells[i];
      if (cell !== false && !isBlankCell(cell)) {
        blank = false;
        break;
      }
    }
    return blank || this.isTotalLine(cells);
  }

  private isTotalLine(cells: readonly unknown[]): boolean {
    if (!isBlankCell(this.cell(cells, 'email'))) return false;
    return (['number', 'client'] as const).some((field) => {
      const cell = this.cell(cells, field);
      return typeof cell === 'string' && cell.length < 40 && TOTAL_LINE.test(foldText(cell));
    });
  }

  read(cells: readonly unknown[], row: number, rowsOf: Map<string, number[]>): Invoice | RowError {
    let number: string | null = null;
    try {
      number = this.required(cells, 'number', parseInvoiceNumber);
      if (number.length > MAX_INVOICE_NUMBER_LENGTH) {
        const max = MAX_INVOICE_NUMBER_LENGTH;
        throw new RowFault('number', { kind: 'too_long', value: shortValue(number), max });
      }
      const key = foldInvoiceNumber(number);
      rowsOf.set(key, [...(rowsOf.get(key) ?? []), row]);
      return this.invoice(cells, row, number);
    } catch (error) {
      return this.error(row, number, error);
    }
  }

  /** The row error of one row of a duplicated number (`rows`: every row holding it). */
  duplicate(row: number, number: string, rows: readonly number[]): RowError {
    return this.error(
      row,
      number,
      new RowFault('number', { kind: 'duplicate', value: shortValue(number), rows }),
    );
  }

  private error(row: number, number: string | null, error: unknown): RowError {
    {
      const fault = error instanceof RowFault ? error : new RowFault(null, { kind: 'unreadable' });
      const header = fault.field ? (this.mapping.columns[fault.field]?.header ?? null) : null;
      const value = 'value' in fault.problem ? fault.problem.value : null;
      const messages = {
        fr: rowErrorMessage(row, header, fault.problem, 'fr'),
        en: rowErrorMessage(row, header, fault.problem, 'en'),
      };
      return {
        row,
        invoiceNumber: number,
        field: fault.field,
        value,
        message: messages[this.options.language],
        messages,
      };
    }
  }

  private invoice(cells: readonly unknown[], row: number, number: string): Invoice {
    const client = this.required(cells, 'client', clientText);
    const emails = this.emails(cells, 'email', true);
    const amount = this.required(cells, 'amount', this.amount);
    const dueDate = this.required(cells, 'dueDate', this.date);
    const issueDate = this.optional(cells, 'issueDate', this.date);
    const currencyCell = this.optional(cells, 'currency', this.currency);
    const paidDate = this.optional(cells, 'paidDate', this.date);
    const paid = this.optional(cells, 'amountPaid', this.amount);
    const status: InvoiceStatus = this.optional(cells, 'status', this.status) ?? 'open';
    const promiseDate = this.optional(cells, 'promiseDate', this.date);
    const contactName = this.optional(cells, 'contactName', clientText);
    const cc = this.emails(cells, 'cc', false);
    const language = this.optional(cells, 'language', this.language);
    const country = this.optional(cells, 'country', this.country);
    const customerKind: CustomerKind =
      this.optional(cells, 'customerKind', this.kind) ??
      this.options.defaultCustomerKind ??
      'unknown';
    const governingLaw = this.optional(cells, 'governingLaw', this.country);
    const paymentLink = this.optional(cells, 'paymentLink', parsePaymentLink);
    const fileId = this.optional(cells, 'file', parseDriveFileId);
    const segment = this.optional(cells, 'segment', this.segment);
    const doNotRemind = this.optional(cells, 'doNotRemind', this.yesNo) ?? false;
    const notes = this.optional(cells, 'notes', (cell) => this.text(cell));

    if (amount.cents < 0) this.fail(cells, 'amount', 'negative');
    if (paid && paid.cents < 0) this.fail(cells, 'amountPaid', 'negative');
    const currency = currencyCell ?? amount.currency ?? this.options.defaultCurrency.toUpperCase();
    if (amount.currency && amount.currency !== currency) this.conflict(cells, 'amount', currency);
    if (paid?.currency && paid.currency !== currency) this.conflict(cells, 'amountPaid', currency);
    if (paid && paid.cents > amount.cents) {
      throw new RowFault('amountPaid', {
        kind: 'paid_exceeds_amount',
        value: this.display(this.cell(cells, 'amountPaid')),
        amountValue: this.display(this.cell(cells, 'amount')),
      });
    }
    if (issueDate && dueDate < issueDate) {
      throw new RowFault('dueDate', {
        kind: 'due_before_issue',
        value: this.display(this.cell(cells, 'dueDate')),
        issueHeader: this.mapping.columns.issueDate?.header ?? '',
        issueValue: this.display(this.cell(cells, 'issueDate')),
      });
    }

    return {
      row,
      number,
      client,
      clientKey: this.clientKey(client),
      emails,
      cc,
      contactName,
      amountCents: amount.cents,
      amountPaidCents: paid?.cents ?? 0,
      currency,
      issueDate,
      dueDate,
      paidDate,
      status,
      promiseDate,
      language,
      country,
      customerKind,
      governingLaw,
      paymentLink,
      fileId,
      segmentOverride: segment === 'auto' ? null : segment,
      doNotRemind,
      notes,
    };
  }

  private cell(cells: readonly unknown[], field: InvoiceField): unknown {
    const i = this.index[field];
    return i === undefined ? undefined : cells[i];
  }

  private required<T>(cells: readonly unknown[], field: InvoiceField, parse: Parser<T>): T {
    const value = this.optional(cells, field, parse);
    if (value === null) throw new RowFault(field, { kind: 'missing', field });
    return value;
  }

  private optional<T>(cells: readonly unknown[], field: InvoiceField, parse: Parser<T>): T | null {
    const cell = this.cell(cells, field);
    if (isBlankCell(cell)) return null;
    this.checkFormula(cell, field);
    const value = parse(cell);
    if (value === null) {
      throw new RowFault(field, { kind: 'invalid', field, value: this.display(cell) });
    }
    return value;
  }

  private emails(
    cells: readonly unknown[],
    field: 'email' | 'cc',
    required: boolean,
  ): readonly string[] {
    const cell = this.cell(cells, field);
    if (isBlankCell(cell)) {
      if (required) throw new RowFault(field, { kind: 'missing', field });
      return [];
    }
    this.checkFormula(cell, field);
    const list = this.emailList(cell);
    const [firstInvalid] = list.invalid;
    if (firstInvalid !== undefined || list.valid.length === 0) {
      const value = shortValue(firstInvalid ?? this.display(cell));
      throw new RowFault(field, { kind: 'invalid', field, value });
    }
    if (list.valid.length > MAX_RECIPIENTS_PER_CELL) {
      const count = list.valid.length;
      throw new RowFault(field, {
        kind: 'too_many_recipients',
        count,
        max: MAX_RECIPIENTS_PER_CELL,
      });
    }
    return list.valid;
  }

  private checkFormula(cell: unknown, field: InvoiceField): void {
    const code = formulaErrorOf(cell);
    if (code) throw new RowFault(field, { kind: 'formula_error', field, value: code });
  }

  private fail(cells: readonly unknown[], field: InvoiceField, kind: 'negative'): never {
    throw new RowFault(field, { kind, field, value: this.display(this.cell(cells, field)) });
  }

  private conflict(cells: readonly unknown[], field: InvoiceField, expected: string): never {
    const value = this.display(this.cell(cells, field));
    throw new RowFault(field, { kind: 'currency_conflict', field, value, expected });
  }

  /** Any cell as text, for notes: dates as `YYYY-MM-DD`, checkboxes as TRUE/FALSE. */
  private text(cell: unknown): string | null {
    if (typeof cell === 'string') return cell.trim();
    if (isDateCell(cell)) return parseDateCell(cell, this.dates) ?? this.display(cell);
    if (typeof cell === 'number' || typeof cell === 'boolean') return this.display(cell);
    return null;
  }

  /** A cell as it should appear inside a message: one line, at most about 60 characters. */
  private display(cell: unknown): string {
    if (typeof cell === 'string') return shortValue(cell);
    if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
    try {
      if (isDateCell(cell)) {
        return Number.isNaN(cell.getTime()) ? 'Invalid Date' : this.dates.dateOfCell(cell);
      }
      return shortValue(String(cell));
    } catch {
      return '?';
    }
  }
}

/** Names are text; a number cell is accepted as the name (`3M`, `1664`). */
function clientText(cell: unknown): string | null {
  if (typeof cell === 'string') return cell.trim() || null;
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return null;
}
