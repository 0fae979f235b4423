/**
 * Which Drive file may go out attached to a reminder. The invoice-PDF column holds whatever was
 * typed or pasted there, by the owner or by any co-editor, and the daily run reads Drive with the
 * trigger owner's rights: without a rule, the book's own link mails the whole book (Drive exports
 * a Google Sheet as PDF), and a co-editor could have the owner's private files mailed to an
 * address of their choosing. A file is attached only when:
 * - it is a PDF (`application/pdf`): an issued invoice is a fixed document. A Google Docs file is
 *   refused too, though Drive would export it as PDF: it is a live document, which may have been
 *   edited since the invoice was issued (an invoice, once issued, is not changed), and a link to
 *   one is more often a draft or a template than the invoice sent; the note tells how to save it
 *   as PDF. Google Sheets (the book itself first of all) and every other type are refused;
 * - its name carries the invoice number, compared as the duplicate check compares numbers
 *   (`foldInvoiceNumber`: case, spaces and invisible characters aside) and not inside a longer
 *   run of digits (`F-2026-01` is not `F-2026-010.pdf`), so a link to another client's invoice or
 *   to an unrelated document goes nowhere.
 * Residual risk (README, "Invoice PDFs"): an editor who knows the id of one of the owner's PDFs
 * and types an invoice number that its name contains can still have it attached.
 */
import { foldInvoiceNumber } from './invoice-number-key.ts';

/** What Drive says of a linked file before anything of its content is read. */
export interface LinkedFile {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
}

export const PDF_MIME_TYPE = 'application/pdf';
const GOOGLE_DOCS = 'application/vnd.google-apps.document';

/** Why a linked file is not attached. */
export type InvoiceFileRefusal =
  | { readonly code: 'the_book' }
  | { readonly code: 'google_doc'; readonly name: string }
  | { readonly code: 'not_pdf'; readonly name: string; readonly kind: string }
  | { readonly code: 'number_not_in_name'; readonly name: string };

/**
 * Refusal of a link that is the book itself, known from its id before Drive is asked: it is
 * never read at all.
 */
export function linkedBookRefusal(fileId: string, bookId: string): InvoiceFileRefusal | null {
  return fileId === bookId ? { code: 'the_book' } : null;
}

/**
 * Why `file` may not be attached to the reminder of `invoiceNumber`, or null when it may.
 *
 * @example invoiceFileRefusal({ id, name: 'Facture F-2026-010.pdf', mimeType: 'application/pdf' }, 'F-2026-010') // → null
 * @example invoiceFileRefusal({ id, name: 'Factures 2026', mimeType: 'application/vnd.google-apps.spreadsheet' }, 'F-2026-010')
 * // → { code: 'not_pdf', name: 'Factures 2026', kind: 'Google Sheets' }
 */
export function invoiceFileRefusal(
  file: LinkedFile,
  invoiceNumber: string,
): InvoiceFileRefusal | null {
  if (file.mimeType === GOOGLE_DOCS) return { code: 'google_doc', name: file.name };
  if (file.mimeType !== PDF_MIME_TYPE) {
    return { code: 'not_pdf', name: file.name, kind: kindOf(file.mimeType) };
  }
  if (!nameCarriesNumber(file.name, invoiceNumber)) {
    return { code: 'number_not_in_name', name: file.name };
  }
  return null;
}

/** A person's word for a file type: Drive's own names for Google files, else the MIME type. */
function kindOf(mimeType: string): string {
  const google = /^application\/vnd\.google-apps\.(\w+)$/.exec(mimeType)?.[1];
  const names: Readonly<Record<string, string>> = {
    spreadsheet: 'Google Sheets',
    presentation: 'Google Slides',
    form: 'Google Forms',
    drawing: 'Google Drawings',
    folder: 'Google Drive folder',
    shortcut: 'Google Drive shortcut',
  };
  return (google && names[google]) ?? (mimeType || '?');
}

/** Removed by foldInvoiceNumber: whitespace and the invisible characters people paste. */
const FOLDED_AWAY = /[\s\u200b-\u200d\u2060\ufeff]/;
const DIGIT = /[0-9]/;

/**
 * Separators of a number's parts. A file name cannot hold `/` (nor `\` on Windows), so the PDF of
 * invoice 2026/015 is saved as « Facture 2026-015.pdf » or « Facture_2026_015.pdf »: any of
 * them stands for any other.
 */
const SEPARATORS = /[/\\_.-]/g;

/**
 * Whether the folded `number` occurs in the folded `name` without touching a digit the name has
 * right next to it (a space in the name between them separates them), its separators (`/ \ - _
 * .`) taken as one.
 *
 * @example nameCarriesNumber('Facture f-2026-010 .pdf', 'F-2026-010') // → true
 * @example nameCarriesNumber('Facture_2026_015.pdf', '2026/015') // → true
 * @example nameCarriesNumber('F-2026-010.pdf', 'F-2026-01') // → false
 */
export function nameCarriesNumber(name: string, number: string): boolean {
  const wanted = foldInvoiceNumber(number).replace(SEPARATORS, '-');
  if (wanted === '') return false;
  // The name folded like a number; for each code unit, whether a removed character preceded it.
  let folded = '';
  const gapBefore: boolean[] = [];
  let gap = false;
  for (const char of name.split('')) {
    if (FOLDED_AWAY.test(char)) {
      gap = true;
      continue;
    }
    const lower = char.toLowerCase().replace(SEPARATORS, '-');
    for (let k = 0; k < lower.length; k++) gapBefore.push(k === 0 && gap);
    folded += lower;
    gap = false;
  }
  const startsWithDigit = DIGIT.test(wanted[0] as string);
  const endsWithDigit = DIGIT.test(wanted[wanted.length - 1] as string);
  for (let at = folded.indexOf(wanted); at !== -1; at = folded.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    const digitBefore =
      startsWithDigit && at > 0 && !gapBefore[at] && DIGIT.test(folded[at - 1] as string);
    const digitAfter =
      endsWithDigit && end < folded.length && !gapBefore[end] && DIGIT.test(folded[end] as string);
    if (!digitBefore && !digitAfter) return true;
  }
  return false;
}
