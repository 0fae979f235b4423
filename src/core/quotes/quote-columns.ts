import type { ColumnMapping, HeaderColumn } from '../columns/column-mapping.ts';
import { detectColumns } from '../columns/detect-columns.ts';
import { QUOTE_HEADERS } from '../columns/header-synonyms.ts';
import { headerWords } from '../columns/header-words.ts';
import type { InvoiceField } from '../columns/invoice-fields.ts';

type QuoteOnlyField = keyof typeof QUOTE_HEADERS;

/** Fields read like the invoices tab's (same detection, same parsing). */
const SHARED_FIELDS: readonly InvoiceField[] = [
  'client',
  'email',
  'amount',
  'currency',
  'contactName',
  'cc',
  'language',
  'country',
  'notes',
];

/** Each quote-only header, folded, to its field; made at the first quotes tab read. */
let lookup: ReadonlyMap<string, QuoteOnlyField> | null = null;
function quoteFieldOf(header: string): QuoteOnlyField | undefined {
  lookup ??= new Map(
    (Object.keys(QUOTE_HEADERS) as QuoteOnlyField[]).flatMap((field) =>
      QUOTE_HEADERS[field].map((header) => [headerWords(header).join(' '), field] as const),
    ),
  );
  return lookup.get(headerWords(header).join(' '));
}

export interface QuoteColumns {
  /**
   * The invoices tab's mapping the quote columns stand for, so rows are parsed by the same code
   * with the same row errors: the quote number as `number`, the acceptance deadline as `dueDate`,
   * the sent date as `issueDate`.
   */
  readonly mapping: ColumnMapping;
  readonly status: HeaderColumn | null;
  readonly decidedOn: HeaderColumn | null;
  /** Required columns not found, by their quote names. */
  readonly missing: readonly string[];
}

/**
 * Finds the columns of a quotes tab from its header row, in French or English: the quote number,
 * client, e-mail, amount and acceptance deadline are required; sent date, status, decision date,
 * currency, contact, CC, language, country and notes are optional.
 */
export function detectQuoteColumns(header: readonly unknown[]): QuoteColumns {
  const own: Partial<Record<QuoteOnlyField, HeaderColumn>> = {};
  const rest: unknown[] = [];
  header.forEach((cell, index) => {
    const text = typeof cell === 'string' ? cell.trim() : String(cell ?? '').trim();
    const field = quoteFieldOf(text);
    if (field !== undefined && own[field] === undefined) {
      own[field] = { index, header: text };
      rest.push('');
    } else rest.push(cell);
  });
  const shared = detectColumns(rest, {});
  const columns: Partial<Record<InvoiceField, HeaderColumn>> = {};
  for (const field of SHARED_FIELDS) {
    const column = shared.columns[field];
    if (column) columns[field] = column;
  }
  if (own.number) columns.number = own.number;
  if (own.validUntil) columns.dueDate = own.validUntil;
  if (own.sentDate) columns.issueDate = own.sentDate;
  const missing = [
    ...(own.number ? [] : ['quote number']),
    ...(['client', 'email', 'amount'] as const).filter((f) => !columns[f]),
    ...(own.validUntil ? [] : ['valid until']),
  ];
  return {
    mapping: { columns, missing: [], ambiguous: {}, unknown: [], unmatchedOverrides: [] },
    status: own.status ?? null,
    decidedOn: own.decidedOn ?? null,
    missing,
  };
}

/** A header row is a quotes tab's when it has a quote-number and an acceptance-deadline column. */
export function looksLikeQuotesTab(header: readonly unknown[]): boolean {
  const fields = new Set(header.map((cell) => quoteFieldOf(String(cell ?? ''))));
  return fields.has('number') && fields.has('validUntil');
}
