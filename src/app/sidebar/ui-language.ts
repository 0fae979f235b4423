/**
 * The interface language: what the user chose in the sidebar, else their Google account locale.
 */
import type { Language } from '../../core/invoice.ts';
import { languageOf } from '../../core/language-of.ts';
import { activeUserLocale } from '../../gas/session-user.ts';
import { readUiLanguageChoice, writeUiLanguageChoice } from '../../gas/ui-language-store.ts';

export function uiLanguage(): Language {
  const chosen = readUiLanguageChoice();
  if (chosen !== null) return chosen;
  return languageOf(activeUserLocale());
}

export function setUiLanguage(language: Language): Language {
  writeUiLanguageChoice(language);
  return language;
}
