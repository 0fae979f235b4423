import type { ColumnMapping, HeaderColumn } from '../columns/column-mapping.ts';
import { detectColumns } from '../columns/detect-columns.ts';
import { headerWords } from '../columns/header-words.ts';
import type { InvoiceField } from '../columns/invoice-fields.ts';
import type { ColumnOverrides } from '../settings.ts';

/** Columns only a quotes tab has, found by these headers (folded like the invoices tab's). */
const QUOTE_HEADERS = {
  number: [
    'N° devis',
    'No devis',
    'Numéro devis',
    'Numéro de devis',
    'Devis',
    'Réf devis',
    'Référence devis',
    'Quote',
    'Quote #',
    'Quote number',
    'Quote no',
    'Quote ref',
    'Quotation',
    'Estimate',
    'Estimate number',
  ],
  validUntil: [
    "Valable jusqu'au",
    'Validité',
    'Date de validité',
    'Fin de validité',
    'Date limite',
    "Date limite d'acceptation",
    'Date limite de réponse',
    'Expire le',
    "Date d'expiration",
    'Valid until',
    'Validity',
    'Expiry',
    'Expiry date',
    'Expires',
    'Expires on',
    'Acceptance deadline',
    'Deadline',
  ],
  sentDate: [
    "Date d'envoi",
    'Envoyé le',
    'Date du devis',
    'Date',
    "Date d'émission",
    'Émis le',
    'Sent',
    'Sent date',
    'Sent on',
    'Date sent',
    'Quote date',
    'Issue date',
    'Issued',
  ],
  status: ['Statut', 'État', 'Etat', 'Status', 'State', 'Réponse', 'Answer'],
  decidedOn: [
    'Accepté le',
    'Signé le',
    'Refusé le',
    "Date d'acceptation",
    'Date de signature',
    'Date de réponse',
    'Date de décision',
    'Accepted on',
    'Signed on',
    'Decided on',
    'Decision date',
    'Date accepted',
    'Date signed',
  ],
} as const;

type QuoteOnlyField = keyof typeof QUOTE_HEADERS;

/** Fields read like the invoices tab's (same detection, same parsing). */
const SHARED_FIELDS = [
  'client',
  'email',
  'amount',
  'currency',
  'contactName',
  'cc',
  'language',
  'country',
  'notes',
] as const satisfies readonly InvoiceField[];

/** Every column of a quotes tab, required ones first: the Start guide's rows, in this order. */
export const QUOTE_FIELDS = [
  'number',
  ...SHARED_FIELDS.slice(0, 3), // client, e-mail, amount
  'validUntil',
  'sentDate',
  'status',
  'decidedOn',
  ...SHARED_FIELDS.slice(3),
] as const;

export type QuoteField = (typeof QUOTE_FIELDS)[number];

export const REQUIRED_QUOTE_FIELDS: readonly QuoteField[] = QUOTE_FIELDS.slice(0, 5);

export function isQuoteField(value: string): value is QuoteField {
  return (QUOTE_FIELDS as readonly string[]).includes(value);
}

/** The invoice field a quote column is parsed as (status and decision date are the quotes' own). */
const AS_INVOICE_FIELD: Readonly<Partial<Record<QuoteField, InvoiceField>>> = {
  number: 'number',
  validUntil: 'dueDate',
  sentDate: 'issueDate',
  ...Object.fromEntries(SHARED_FIELDS.map((f) => [f, f])),
};

const LOOKUP: ReadonlyMap<string, QuoteOnlyField> = new Map(
  (Object.keys(QUOTE_HEADERS) as QuoteOnlyField[]).flatMap((field) =>
    QUOTE_HEADERS[field].map((header) => [headerWords(header).join(' '), field] as const),
  ),
);

export interface QuoteColumns {
  /** The column of each field found (or chosen by the user). */
  readonly fields: Readonly<Partial<Record<QuoteField, HeaderColumn>>>;
  /** Fields left unmapped because several columns could hold them, with the candidates. */
  readonly ambiguous: Readonly<Partial<Record<QuoteField, readonly HeaderColumn[]>>>;
  /** Required fields without a column (found or chosen): the tab cannot be read. */
  readonly missing: readonly QuoteField[];
  /**
   * The invoices tab's mapping the quote columns stand for, so rows are parsed by the same code
   * with the same row errors: the quote number as `number`, the acceptance deadline as `dueDate`,
   * the sent date as `issueDate`.
   */
  readonly mapping: ColumnMapping;
}

const keyOf = (text: string) => headerWords(text).join(' ');

/**
 * Finds the columns of a quotes tab from its header row, in French or English: the quote number,
 * client, e-mail, amount and acceptance deadline are required; sent date, status, decision date,
 * currency, contact, CC, language, country and notes are optional. `overrides` (quote field →
 * header, saved from the Start guide like the invoices tab's) win over detection; an empty one
 * turns a field off. Two columns that could equally be one field are reported, never guessed.
 *
 * @example
 * detectQuoteColumns(['Réf', 'Client', 'E-mail', 'Montant', 'Expire le'], { number: 'Réf' }).missing
 * // → []
 */
export function detectQuoteColumns(
  header: readonly unknown[],
  overrides: ColumnOverrides = {},
): QuoteColumns {
  const cells = header.map((cell, index) => ({ index, header: String(cell ?? '').trim() }));
  const fields: Partial<Record<QuoteField, HeaderColumn>> = {};
  const ambiguous: Partial<Record<QuoteField, HeaderColumn[]>> = {};
  const used = new Set<number>();
  const claim = (field: QuoteField, column: HeaderColumn) => {
    fields[field] = column;
    used.add(column.index);
  };
  for (const [field, wanted] of Object.entries(overrides)) {
    if (!isQuoteField(field) || wanted.trim() === '') continue;
    const column = cells.find((c) => !used.has(c.index) && keyOf(c.header) === keyOf(wanted));
    if (column) claim(field, column);
  }
  const open = (field: QuoteField) => fields[field] === undefined && !(field in overrides);
  for (const field of Object.keys(QUOTE_HEADERS) as QuoteOnlyField[]) {
    if (!open(field)) continue;
    const candidates = cells.filter(
      (c) => !used.has(c.index) && LOOKUP.get(keyOf(c.header)) === field,
    );
    if (candidates.length > 1) ambiguous[field] = candidates;
    else if (candidates[0]) claim(field, candidates[0]);
  }
  const taken = new Set([
    ...used,
    ...Object.values(ambiguous)
      .flat()
      .map((c) => c.index),
  ]);
  const rest = cells.map((c) =>
    taken.has(c.index) || LOOKUP.has(keyOf(c.header)) ? '' : c.header,
  );
  const shared = detectColumns(rest, {});
  for (const field of SHARED_FIELDS) {
    if (!open(field)) continue;
    const column = shared.columns[field];
    const candidates = shared.ambiguous[field];
    if (column) claim(field, column);
    else if (candidates) ambiguous[field] = [...candidates];
  }
  const columns: Partial<Record<InvoiceField, HeaderColumn>> = {};
  for (const [field, column] of Object.entries(fields) as [QuoteField, HeaderColumn][]) {
    const as = AS_INVOICE_FIELD[field];
    if (as) columns[as] = column;
  }
  return {
    fields,
    ambiguous,
    missing: REQUIRED_QUOTE_FIELDS.filter((f) => fields[f] === undefined),
    mapping: { columns, missing: [], ambiguous: {}, unknown: [], unmatchedOverrides: [] },
  };
}

/** A header row is a quotes tab's when it has a quote-number and an acceptance-deadline column. */
export function looksLikeQuotesTab(header: readonly unknown[]): boolean {
  const fields = new Set(header.map((cell) => LOOKUP.get(keyOf(String(cell ?? '')))));
  return fields.has('number') && fields.has('validUntil');
}
