/**
 * The server's sentences about the quotes tab: the names of its columns (in the reading's
 * problems) and what the reading says when the tab cannot be read. French first, English.
 */
import type { LocalizedText } from '../localized-text.ts';
import type { QuoteField } from '../quotes/quote-columns.ts';

/** Each column's name, as the Start guide labels it and the reading's problems list it. */
export const QUOTE_FIELD_NAMES: Readonly<Record<QuoteField, LocalizedText>> = {
  number: { fr: 'N° de devis', en: 'Quote number' },
  client: { fr: 'Client', en: 'Client' },
  email: { fr: 'E-mail', en: 'E-mail' },
  amount: { fr: 'Montant', en: 'Amount' },
  validUntil: { fr: 'Valable jusqu’au', en: 'Valid until' },
  sentDate: { fr: 'Date d’envoi', en: 'Sent date' },
  status: { fr: 'Statut', en: 'Status' },
  decidedOn: { fr: 'Date de réponse', en: 'Decision date' },
  currency: { fr: 'Devise', en: 'Currency' },
  contactName: { fr: 'Contact', en: 'Contact' },
  cc: { fr: 'Copie', en: 'CC' },
  language: { fr: 'Langue', en: 'Language' },
  country: { fr: 'Pays', en: 'Country' },
  notes: { fr: 'Notes', en: 'Notes' },
};

/** Required columns the quotes tab lacks (or holds twice): nothing of it is read. */
export const quoteColumnsMissing = (
  sheet: string,
  fields: readonly QuoteField[],
): LocalizedText => ({
  fr: `Onglet des devis « ${sheet} » : colonnes introuvables ou ambiguës : ${fields.map((f) => QUOTE_FIELD_NAMES[f].fr).join(', ')}. Choisissez-les dans le guide de démarrage.`,
  en: `Quotes tab “${sheet}”: columns missing or ambiguous: ${fields.map((f) => QUOTE_FIELD_NAMES[f].en).join(', ')}. Pick them in the Start guide.`,
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
