/**
 * The server's sentences about the quotes tab: the names of its columns (in the reading's
 * problems) and what the reading says when the tab cannot be read. French first, English.
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

/** Required columns the quotes tab lacks (or holds twice): nothing of it is read. */
export const quoteColumnsMissing = (
  sheet: string,
  fields: readonly QuoteField[],
): LocalizedText => ({
  fr: `Onglet des devis « ${sheet} » : colonnes introuvables ou ambiguës : ${fields.map((f) => QUOTE_FIELD_NAMES[f]?.fr ?? f).join(', ')}. Choisissez-les dans le guide de démarrage.`,
  en: `Quotes tab “${sheet}”: columns missing or ambiguous: ${fields.map((f) => QUOTE_FIELD_NAMES[f]?.en ?? f).join(', ')}. Pick them in the Start guide.`,
});

/** The tab chosen in the Start guide is gone (renamed or deleted). */
export const quotesTabGone = (sheet: string): LocalizedText => ({
  fr: `L’onglet des devis « ${sheet} » n’existe plus : choisissez-le de nouveau dans le guide de démarrage.`,
  en: `The quotes tab “${sheet}” no longer exists: pick it again in the Start guide.`,
});

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
