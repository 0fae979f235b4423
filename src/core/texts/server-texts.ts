/**
 * The sentences the server writes for the user outside the e-mails: notes in the status
 * columns, toasts of the menu, errors the sidebar shows, the run's stop reasons, the failure
 * digest. Each one exists in French and English, with one key, in the tables
 * `server-texts-fr.ts` and `server-texts-en.ts`; the caller picks the language
 * (`text('en', 'carriedOver')`) or hands both to the sidebar (`localized('carriedOver')`). The row
 * errors are with the rows (core/messages/row-errors.ts).
 *
 * Code.js carries neither table: both are in the project data file read once on first use
 * (scripts/lazy-data.ts), with the rest of the data a run or a Today call needs.
 *
 * @example text('fr', 'invoiceNotFound', { invoice: 'F-2026-014' })
 * // → 'Facture F-2026-014 introuvable.'
 * @example localized('carriedOver').en // → 'Carried over to the next run'
 */
import type { Language } from '../invoice.ts';
import type { InvoiceFileRefusal } from '../invoice-file-rule.ts';
import type { LocalizedText } from '../localized-text.ts';
import { fill } from './fill.ts';
import { SERVER_TEXTS_EN } from './server-texts-en.ts';
import { SERVER_TEXTS_FR, type ServerTextKey, type ServerTextTable } from './server-texts-fr.ts';

export type { ServerTextKey };

/** The names of the `%{name}` values a text asks for. */
type FieldsOf<Text extends string> = Text extends `${string}%{${infer Name}}${infer Rest}`
  ? Name | FieldsOf<Rest>
  : never;

/** The values a key's text asks for, by name. */
export type TextValues<Key extends ServerTextKey> = Readonly<
  Record<FieldsOf<(typeof SERVER_TEXTS_FR)[Key]>, string | number>
>;

/** No argument for a text without values, the values otherwise. */
export type TextValuesArgument<Key extends ServerTextKey> = [
  FieldsOf<(typeof SERVER_TEXTS_FR)[Key]>,
] extends [never]
  ? []
  : [values: TextValues<Key> | ((language: Language) => TextValues<Key>)];

function tableOf(language: Language): ServerTextTable {
  return language === 'fr' ? SERVER_TEXTS_FR : SERVER_TEXTS_EN;
}

/** One sentence in one language. */
export function text<Key extends ServerTextKey>(
  language: Language,
  key: Key,
  ...values: TextValuesArgument<Key>
): string {
  const given = values[0];
  const template = tableOf(language)[key];
  if (!given) return template;
  return fill(template, typeof given === 'function' ? given(language) : given);
}

/**
 * One sentence in both languages, as plain data: it may cross google.script.run or be stored, so
 * both texts are filled now (both tables are read).
 */
export function localized<Key extends ServerTextKey>(
  key: Key,
  ...values: TextValuesArgument<Key>
): LocalizedText {
  return { fr: text('fr', key, ...values), en: text('en', key, ...values) };
}

/** What the menu's "Run reminders now" reports in its toast. */
export interface RunCounts {
  readonly sent: number;
  readonly testMode: boolean;
  readonly drafted: number;
  readonly tasks: number;
  readonly failed: number;
  readonly carriedOver: number;
}

/** Toast of the menu's "Run reminders now". */
export function runCounts(counts: RunCounts, language: Language): string {
  const { testMode, ...values } = counts;
  return text(language, testMode ? 'runCountsTest' : 'runCounts', values);
}

/**
 * Status note when invoices' linked files are not attached: each reason as
 * `invoiceFileReason` words it, in the note's language.
 */
export function invoiceFileMissing(
  reasons: readonly LocalizedText[],
  held: boolean,
): LocalizedText {
  return localized(held ? 'invoiceFileHeld' : 'invoiceFileMissing', (language) => ({
    missing: reasons.map((reason) => reason[language]).join(language === 'fr' ? ' ; ' : '; '),
  }));
}

/** Why the file linked to invoice `number` is not attached, and what to fix. */
export function invoiceFileReason(
  number: string,
  refusal: InvoiceFileRefusal | { readonly code: 'not_found' },
): LocalizedText {
  switch (refusal.code) {
    case 'not_found':
      return localized('invoiceFileNotFound', { number });
    case 'the_book':
      return localized('invoiceFileIsBook', { number });
    case 'google_doc':
      return localized('invoiceFileGoogleDoc', { number, name: refusal.name });
    case 'not_pdf':
      return localized('invoiceFileNotPdf', { number, name: refusal.name, kind: refusal.kind });
    case 'number_not_in_name':
      return localized('invoiceFileNumberNotInName', { number, name: refusal.name });
  }
}
