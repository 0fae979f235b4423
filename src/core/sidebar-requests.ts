/**
 * The sidebar's requests, checked at the entry (request-checks.ts): every field typed, in range,
 * of a known value, and dates that exist. A request that fails is answered with one bilingual
 * error naming every problem, before anything is read or written.
 */
import type { CalendarDate } from './calendar-date.ts';
import { INVOICE_FIELDS } from './columns/invoice-fields.ts';
import { CUSTOMER_KINDS, type CustomerKind } from './invoice.ts';
import type { LocalizedText } from './localized-text.ts';
import { QUOTE_FIELDS } from './quotes/quote-columns.ts';
import {
  dateOrNull,
  type FieldLabel,
  fail,
  flag,
  oneOf,
  RequestError,
  requestObject,
  requiredText,
  requiredTexts,
} from './request-checks.ts';
import { SEGMENTS } from './segment.ts';
import { STAGES } from './stage.ts';
import type { TemplateRow } from './templates/template-row.ts';
import { text } from './texts/server-texts.ts';

export function invoiceNumberOf(request: unknown): string {
  return requiredText(requestObject(request).invoiceNumber, 'field_invoice_number', 100);
}

/**
 * A client, and which of the people bearing its name the request is about: the invoices of the
 * card or line the user acted on (one name may be several people, told apart by the addresses
 * of their rows); null when the request names none (the whole name, as sidebars of earlier
 * versions asked).
 */
export function clientGroupRequestOf(request: unknown): {
  clientKey: string;
  invoiceNumbers: string[] | null;
} {
  const r = requestObject(request);
  const clientKey = requiredText(r.clientKey, 'field_client', 500);
  if (r.invoiceNumbers === undefined || r.invoiceNumbers === null)
    return { clientKey, invoiceNumbers: null };
  const invoiceNumbers = requiredTexts(r.invoiceNumbers, 'field_invoice_number', 100);
  return { clientKey, invoiceNumbers };
}

export function holdRequestOf(request: unknown): { number: string; until: CalendarDate | null } {
  const r = requestObject(request);
  return {
    number: requiredText(r.invoiceNumber, 'field_invoice_number', 100),
    until: dateOrNull(r.until, 'field_end_date'),
  };
}

export function switchOf(value: unknown): boolean {
  return flag(value, 'field_automation');
}

/** Runs every check, then throws once with all their messages. */
function all<T>(build: (check: <V>(run: () => V) => V | undefined) => T): T {
  const errors: LocalizedText[] = [];
  const check = <V>(run: () => V): V | undefined => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      errors.push(error.text);
      return undefined;
    }
  };
  const value = build(check);
  if (errors.length > 0)
    fail('requestProblems', (language) => ({ problems: errors.map((e) => e[language]).join(' ') }));
  return value;
}

const TEXT_LIMIT = 20_000;

/** A template as the editor sends it (the id is derived again by the caller). */
export function templateOf(value: unknown): TemplateRow {
  const r = requestObject(value);
  return all((check) => {
    const textField = (v: unknown, what: FieldLabel): string =>
      typeof v === 'string' && v.length <= TEXT_LIMIT
        ? v
        : fail('requestTextExpected', (language) => ({ what: text(language, what) }));
    const stage = check(() => oneOf(r.stage, STAGES, 'field_stage'));
    const segment = check(() =>
      oneOf(r.segment, ['all', ...SEGMENTS, 'key_account'] as const, 'field_audience'),
    );
    const language = check(() => oneOf(r.language, ['fr', 'en'] as const, 'field_language'));
    const variant = check(() =>
      typeof r.variant === 'string' && /^[A-Z0-9]{1,3}$/.test(r.variant)
        ? r.variant
        : fail('requestVariantInvalid'),
    );
    const subject = check(() => textField(r.subject, 'field_subject'));
    const body = check(() => textField(r.body, 'field_body'));
    const active = check(() => flag(r.active, 'field_active'));
    const row = check(() =>
      r.row === undefined || (Number.isInteger(r.row) && (r.row as number) > 1)
        ? (r.row as number | undefined)
        : fail('requestTemplateRowInvalid'),
    );
    return {
      id: typeof r.id === 'string' ? r.id : '',
      stage,
      segment,
      language,
      variant,
      subject,
      body,
      active,
      ...(row === undefined ? {} : { row }),
    } as TemplateRow;
  });
}

export function previewRequestOf(value: unknown): {
  template: TemplateRow;
  invoiceNumber: string | null;
} {
  const r = requestObject(value);
  const number = r.invoiceNumber;
  if (number !== null && number !== undefined && typeof number !== 'string')
    fail('requestInvoiceNumberInvalid');
  if (typeof r.template !== 'object' || r.template === null) fail('requestTemplateMissing');
  return { template: templateOf(r.template), invoiceNumber: (number as string | null) ?? null };
}

/** What the Start guide saves: the invoices tab and headers, and the quotes tab's when shown. */
export interface ColumnChoices {
  readonly invoicesSheet: string | null;
  readonly overrides: Record<string, string>;
  readonly quotes: {
    readonly sheet: string | null;
    readonly overrides: Record<string, string>;
  } | null;
  /** The kind of client of rows without a « Type » cell; absent: unchanged. */
  readonly defaultCustomerKind?: CustomerKind;
}

/**
 * The tab must exist; each override names a known field and a header of at most 200 characters;
 * the default client kind, when given, is one of the three.
 */
export function columnMappingOf(value: unknown, sheetNames: readonly string[]): ColumnChoices {
  const r = requestObject(value);
  const quotes = r.quotes === undefined || r.quotes === null ? null : requestObject(r.quotes);
  if (quotes && quotes.sheet !== null && quotes.sheet === r.invoicesSheet)
    fail('requestQuotesTabIsInvoicesTab');
  return {
    invoicesSheet: sheetOf(r.invoicesSheet, sheetNames),
    overrides: overridesOf(r.overrides, INVOICE_FIELDS),
    quotes: quotes && {
      sheet: sheetOf(quotes.sheet, sheetNames),
      overrides: overridesOf(quotes.overrides, QUOTE_FIELDS),
    },
    ...(r.defaultCustomerKind !== undefined && {
      defaultCustomerKind: oneOf(r.defaultCustomerKind, CUSTOMER_KINDS, 'field_customer_kind'),
    }),
  };
}

function sheetOf(sheet: unknown, sheetNames: readonly string[]): string | null {
  if (sheet !== null && !(typeof sheet === 'string' && sheetNames.includes(sheet)))
    fail('requestTabMissing', { sheet: String(sheet).slice(0, 60) });
  return sheet as string | null;
}

function overridesOf(value: unknown, fields: readonly string[]): Record<string, string> {
  const overrides = requestObject(value);
  const entries = Object.entries(overrides);
  const unknown = entries.map(([field]) => field).filter((field) => !fields.includes(field));
  if (unknown.length > 0) fail('requestFieldUnknown', { fields: unknown.slice(0, 5).join(', ') });
  for (const [field, header] of entries)
    if (typeof header !== 'string' || header.length > 200) fail('requestHeaderInvalid', { field });
  return overrides as Record<string, string>;
}
