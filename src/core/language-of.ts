import type { Language } from './invoice.ts';

/**
 * The interface language of a Google locale: English when the locale is English, French
 * otherwise (Relance's home language), and French when the locale is unknown. The one rule of the
 * add-on menu, the server's messages and the sidebar.
 *
 * @example languageOf('en_GB') // → 'en'
 * @example languageOf('fr') // → 'fr'
 * @example languageOf('de') // → 'fr'
 * @example languageOf(null) // → 'fr'
 */
export function languageOf(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
