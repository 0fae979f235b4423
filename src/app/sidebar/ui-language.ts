/**
 * The interface language: what the user chose in the sidebar (kept in their own properties, so
 * it follows them across documents), else their Google account locale
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()).
 */
import type { Language } from '../../core/invoice.ts';

const KEY = 'relance.uiLanguage';

export function uiLanguage(): Language {
  const chosen = PropertiesService.getUserProperties().getProperty(KEY);
  if (chosen === 'fr' || chosen === 'en') return chosen;
  return Session.getActiveUserLocale().toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function setUiLanguage(language: Language): Language {
  PropertiesService.getUserProperties().setProperty(KEY, language);
  return language;
}
