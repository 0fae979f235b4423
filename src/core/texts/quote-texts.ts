/**
 * The quotes tab's words the server catalogue (server-texts-*.ts) does not hold: the names of its
 * columns, the Start guide's count of what was read, a row error named with its tab. French
 * first, English.
 */
import type { LocalizedText } from '../localized-text.ts';
import type { QuoteField } from '../quotes/quote-columns.ts';

/** The quote's own columns and the required ones, by name (the sidebar names the others). */
export const QUOTE_FIELD_NAMES: Readonly<Partial<Record<QuoteField, LocalizedText>>> = {
  number: { fr: 'N° de devis', en: 'Quote number' },
  client: { fr: 'Client', en: 'Client' },
  email: { fr: 'E-mail', en: 'E-mail' },
  amount: { fr: 'Montant', en: 'Amount' },
  validUntil: { fr: 'Valable jusqu’au', en: 'Valid until' },
  sentDate: { fr: 'Date d’envoi', en: 'Sent date' },
  decidedOn: { fr: 'Date de réponse', en: 'Decision date' },
};

/** What the Start guide says was read from the quotes tab. */
export const quotesRead = (quotes: number, errors: number): LocalizedText => ({
  fr: `${quotes} devis lu${quotes > 1 ? 's' : ''}, ${errors} ligne${errors > 1 ? 's' : ''} à corriger.`,
  en: `${quotes} quote${quotes === 1 ? '' : 's'} read, ${errors} row${errors === 1 ? '' : 's'} to fix.`,
});

/**
 * A quotes-tab row error as Today lists it beside the invoices tab's: the row named with its tab
 * (« Devis », ligne 4 : …), since both tabs have a row 4.
 */
export const quoteRowProblem = (sheet: string, message: LocalizedText): LocalizedText => ({
  fr: message.fr.replace(/^Ligne /, `« ${sheet} », ligne `),
  en: message.en.replace(/^Row /, `“${sheet}”, row `),
});
