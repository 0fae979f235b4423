import type { Language } from '../invoice.ts';
import { PhraseTable } from './phrase-table.ts';

const TABLE = new PhraseTable<Language>([
  ['fr', ['fr', 'fra', 'fre', 'français', 'francais', 'french', 'française']],
  ['en', ['en', 'eng', 'anglais', 'english', 'anglaise']],
]);
/** `fr_FR`, `fr-CA`, `en_GB`, `en-US`: a language tag with a region. */
const TAG = /^(fr|en)[-_ ][a-z]{2}$/i;

/**
 * The language of a client's reminders: `fr`, `Français`, `French`, `fr_CA`, `en`, `English`…
 *
 * @example parseLanguage('Français') // → 'fr'
 * @example parseLanguage('en_GB') // → 'en'
 * @example parseLanguage('Deutsch') // → null
 */
export function parseLanguage(cell: unknown): Language | null {
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const tag = TAG.exec(text);
  if (tag) return (tag[1] ?? '').toLowerCase() as Language;
  return TABLE.lookup(text, false) ?? null;
}
