/**
 * The sidebar's requests, checked at the entry (request-checks.ts): every field typed, in range,
 * of a known value, and dates that exist. A request that fails is answered with one bilingual
 * error naming every problem, before anything is read or written.
 */
import type { CalendarDate } from './calendar-date.ts';
import { INVOICE_FIELDS } from './columns/invoice-fields.ts';
import type { LocalizedText } from './localized-text.ts';
import { QUOTE_FIELDS } from './quotes/quote-columns.ts';
import {
  dateOrNull,
  fail,
  flag,
  oneOf,
  RequestError,
  requestObject,
  requiredText,
} from './request-checks.ts';
import { SEGMENTS } from './segment.ts';
import { STAGES } from './stage.ts';
import type { TemplateRow } from './templates/template-row.ts';

const NUMBER: LocalizedText = { fr: 'Numéro de facture', en: 'invoice number' };
const CLIENT: LocalizedText = { fr: 'Client', en: 'client' };

export function invoiceNumberOf(request: unknown): string {
  return requiredText(requestObject(request).invoiceNumber, NUMBER, 100);
}

export function clientKeyOf(request: unknown): string {
  return requiredText(requestObject(request).clientKey, CLIENT, 500);
}

export function holdRequestOf(request: unknown): { number: string; until: CalendarDate | null } {
  const r = requestObject(request);
  return {
    number: requiredText(r.invoiceNumber, NUMBER, 100),
    until: dateOrNull(r.until, { fr: 'Date de fin', en: 'end date' }),
  };
}

export function switchOf(value: unknown): boolean {
  return flag(value, { fr: 'Automatisation', en: 'automation' });
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
  if (errors.length > 0) fail(errors.map((e) => e.fr).join(' '), errors.map((e) => e.en).join(' '));
  return value;
}

const TEXT_LIMIT = 20_000;

/** A template as the editor sends it (the id is derived again by the caller). */
export function templateOf(value: unknown): TemplateRow {
  const r = requestObject(value);
  return all((check) => {
    const text = (v: unknown, what: LocalizedText): string =>
      typeof v === 'string' && v.length <= TEXT_LIMIT
        ? v
        : fail(`${what.fr} : texte attendu.`, `${what.en}: text expected.`);
    const stage = check(() => oneOf(r.stage, STAGES, { fr: 'Étape', en: 'stage' }));
    const segment = check(() =>
      oneOf(r.segment, ['all', ...SEGMENTS, 'key_account'] as const, {
        fr: 'Public',
        en: 'audience',
      }),
    );
    const language = check(() =>
      oneOf(r.language, ['fr', 'en'] as const, { fr: 'Langue', en: 'language' }),
    );
    const variant = check(() =>
      typeof r.variant === 'string' && /^[A-Z0-9]{1,3}$/.test(r.variant)
        ? r.variant
        : fail('Variante : A, B, C… attendue.', 'Variant: A, B, C… expected.'),
    );
    const subject = check(() => text(r.subject, { fr: 'Objet', en: 'subject' }));
    const body = check(() => text(r.body, { fr: 'Texte', en: 'body' }));
    const active = check(() => flag(r.active, { fr: 'Actif', en: 'active' }));
    const row = check(() =>
      r.row === undefined || (Number.isInteger(r.row) && (r.row as number) > 1)
        ? (r.row as number | undefined)
        : fail('Ligne du modèle invalide.', 'Invalid template row.'),
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
    fail('Numéro de facture invalide.', 'Invalid invoice number.');
  if (typeof r.template !== 'object' || r.template === null)
    fail('Modèle manquant.', 'Missing template.');
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
}

/** The tab must exist; each override names a known field and a header of at most 200 characters. */
export function columnMappingOf(value: unknown, sheetNames: readonly string[]): ColumnChoices {
  const r = requestObject(value);
  const quotes = r.quotes === undefined || r.quotes === null ? null : requestObject(r.quotes);
  if (quotes && quotes.sheet !== null && quotes.sheet === r.invoicesSheet)
    fail(
      'L’onglet des devis doit être un autre onglet que celui des factures.',
      'The quotes tab must be another tab than the invoices tab.',
    );
  return {
    invoicesSheet: sheetOf(r.invoicesSheet, sheetNames),
    overrides: overridesOf(r.overrides, INVOICE_FIELDS),
    quotes: quotes && {
      sheet: sheetOf(quotes.sheet, sheetNames),
      overrides: overridesOf(quotes.overrides, QUOTE_FIELDS),
    },
  };
}

function sheetOf(sheet: unknown, sheetNames: readonly string[]): string | null {
  if (sheet !== null && !(typeof sheet === 'string' && sheetNames.includes(sheet)))
    fail(
      `L'onglet « ${String(sheet).slice(0, 60)} » n'existe pas dans cette feuille.`,
      `Tab '${String(sheet).slice(0, 60)}' does not exist in this spreadsheet.`,
    );
  return sheet as string | null;
}

function overridesOf(value: unknown, fields: readonly string[]): Record<string, string> {
  const overrides = requestObject(value);
  const entries = Object.entries(overrides);
  const unknown = entries.map(([field]) => field).filter((field) => !fields.includes(field));
  if (unknown.length > 0)
    fail(
      `Champ inconnu : ${unknown.slice(0, 5).join(', ')}.`,
      `Unknown field: ${unknown.slice(0, 5).join(', ')}.`,
    );
  for (const [field, header] of entries)
    if (typeof header !== 'string' || header.length > 200)
      fail(`En-tête invalide pour ${field}.`, `Invalid header for ${field}.`);
  return overrides as Record<string, string>;
}
